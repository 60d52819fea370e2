import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";

/** `{ secret? }` → the subscription with its new secret, shown this once. */
export const POST = route("POST /webhooks/{id}/secret", async ({ params, workspaceId, body }) => {
  return json(await rotateWebhookSecret({ workspaceId, id: params.id, secret: body.secret }));
});
