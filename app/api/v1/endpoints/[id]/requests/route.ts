import { readQuery } from "@/lib/api/read-json";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { listRequests, ZListRequestsQuery } from "@/lib/history/list-requests";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** `?status=2xx|404&since=&until=&q=&source=live|test&limit=&cursor=` → `{ requests, nextCursor }`, newest first. */
export const GET = withApi<{ id: string }>(async (req, { params }) => {
  const query = readQuery(req, ZListRequestsQuery);
  return json(await listRequests({ ...query, workspaceId: await currentWorkspaceId(), id: params.id }));
});
