import { readJson } from "@/lib/api/read-json";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { ZRotateSecret } from "@/lib/webhooks/schemas";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** `{ secret? }` → the subscription with its new secret, shown this once. */
export const POST = withApi<{ id: string }>(async (req, { params }) => {
  const { secret } = await readJson(req, ZRotateSecret, { optional: true });
  return json(await rotateWebhookSecret({ workspaceId: await currentWorkspaceId(), id: params.id, secret }));
});
