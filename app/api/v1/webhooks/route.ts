import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";

export const GET = route("GET /webhooks", async ({ workspaceId }) => {
  return json({ data: await listWebhooks({ workspaceId }) });
});

/** The answer carries the secret: the only time it is shown (besides rotation). */
export const POST = route("POST /webhooks", async ({ workspaceId, body }) => {
  return json(await createWebhook({ workspaceId, input: body }), 201);
});
