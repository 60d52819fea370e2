import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { liveDeliveryDeps } from "@/lib/webhooks/delivery/live-deps";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** Sends a webhook.test event now: `{ id, deliveryId, status, responseCode, responseBody, error }`. */
export const POST = withApi<{ id: string }>(async (_req, { params }) => {
  return json(await sendTestEvent({ workspaceId: await currentWorkspaceId(), id: params.id, deps: liveDeliveryDeps() }));
});
