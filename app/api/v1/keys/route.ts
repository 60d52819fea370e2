import { personOf } from "@/lib/access/person-of";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";

export const GET = route("GET /keys", async ({ workspaceId }) => json({ keys: await listApiKeys({ workspaceId }) }));

/** `{ name, scopes, expiresAt? }` → the key's details and `key` itself, shown this once. */
export const POST = route("POST /keys", async ({ caller, workspaceId, body }) => {
  const { name, scopes, expiresAt } = body;
  const created = await createApiKey({
    workspaceId,
    name,
    scopes,
    expiresAt: expiresAt ? new Date(expiresAt) : undefined,
    createdBy: personOf(caller).userId,
  });
  return json(created, 201);
});
