import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { getDelivery } from "@/lib/webhooks/get-delivery";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

export const GET = withApi<{ id: string; deliveryId: string }>(async (_req, { params }) => {
  return json(await getDelivery({ workspaceId: await currentWorkspaceId(), ...params }));
});
