import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { createEnvVar } from "@/lib/env/create-env-var";
import { listEnvVars } from "@/lib/env/list-env-vars";

/** Names and update times only; values are never returned. */
export const GET = route("GET /env", async ({ workspaceId }) => {
  return json({ variables: await listEnvVars({ workspaceId }) });
});

/** `{ name, value }` → 201 `{ name, updatedAt }`, or 409 when the name exists: creating never replaces a secret. */
export const POST = route("POST /env", async ({ workspaceId, body }) => {
  return json(await createEnvVar({ workspaceId, ...body }), 201);
});
