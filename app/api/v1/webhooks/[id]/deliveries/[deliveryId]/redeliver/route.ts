import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { redeliver } from "@/lib/webhooks/redeliver";

/** Queues the delivery for an attempt now; the worker sends it within moments. */
export const POST = route("POST /webhooks/{id}/deliveries/{deliveryId}/redeliver", async ({ params, workspaceId }) => {
  return json(await redeliver({ workspaceId, id: params.id, deliveryId: params.deliveryId }), 202);
});
