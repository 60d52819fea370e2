import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { liveDeliveryDeps } from "@/lib/webhooks/delivery/live-deps";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";
import { getRuntime } from "@/lib/runtime/runtime";

/** Sends a webhook.test event now: `{ id, deliveryId, status, responseCode, responseBody, error }`. */
export const POST = route("POST /webhooks/{id}/test", async ({ params, workspaceId }) => {
  return json(
    await sendTestEvent({ workspaceId, id: params.id, deps: liveDeliveryDeps(getRuntime().store.deliveries) }),
  );
});
