import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { retryRequest } from "@/lib/history/retry-request";

/** Runs a finished background request again (manual retry). */
export const POST = route("POST /endpoints/{id}/requests/{requestId}/retry", async ({ params, workspaceId }) => {
  const result = await retryRequest({ workspaceId, id: params.id, requestId: params.requestId });
  return json(result, 202);
});
