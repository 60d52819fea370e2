import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { getRequest } from "@/lib/history/get-request";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

export const GET = withApi<{ id: string; requestId: string }>(async (_req, { params }) => {
  return json(await getRequest({ workspaceId: await currentWorkspaceId(), id: params.id, requestId: params.requestId }));
});
