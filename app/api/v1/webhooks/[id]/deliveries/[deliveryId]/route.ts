import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { getDelivery } from "@/lib/webhooks/get-delivery";

export const GET = route("GET /webhooks/{id}/deliveries/{deliveryId}", async ({ params, workspaceId }) => {
  return json(await getDelivery({ workspaceId, id: params.id, deliveryId: params.deliveryId }));
});
