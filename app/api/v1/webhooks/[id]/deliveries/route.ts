import { readQuery } from "@/lib/api/read-json";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { listDeliveries, ZDeliveryQuery } from "@/lib/webhooks/list-deliveries";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** `?status=&eventType=&limit=&cursor=` → `{ data, nextCursor }`, newest first. */
export const GET = withApi<{ id: string }>(async (req, { params }) => {
  const query = readQuery(req, ZDeliveryQuery);
  return json(await listDeliveries({ workspaceId: await currentWorkspaceId(), id: params.id, query }));
});
