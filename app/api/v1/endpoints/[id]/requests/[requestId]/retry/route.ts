import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { retryRequest } from "@/lib/history/retry-request";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** Runs a finished background request again (manual retry). */
export const POST = withApi<{ id: string; requestId: string }>(async (_req, { params }) => {
  const result = await retryRequest({ workspaceId: await currentWorkspaceId(), id: params.id, requestId: params.requestId });
  return json(result, 202);
});
