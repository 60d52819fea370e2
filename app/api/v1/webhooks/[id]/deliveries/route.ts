import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";

/** `?status=&eventType=&limit=&cursor=` → `{ data, nextCursor }`, newest first. */
export const GET = route("GET /webhooks/{id}/deliveries", async ({ params, workspaceId, query }) => {
  return json(await listDeliveries({ workspaceId, id: params.id, query }));
});
