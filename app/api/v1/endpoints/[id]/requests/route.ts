import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { listRequests } from "@/lib/history/list-requests";

/** `?status=2xx|404&since=&until=&q=&source=live|test&limit=&cursor=` → `{ requests, nextCursor }`, newest first. */
export const GET = route("GET /endpoints/{id}/requests", async ({ params, workspaceId, query }) => {
  return json(await listRequests({ ...query, workspaceId, id: params.id }));
});
