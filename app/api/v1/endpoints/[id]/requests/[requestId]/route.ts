import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { getRequest } from "@/lib/history/get-request";

export const GET = route("GET /endpoints/{id}/requests/{requestId}", async ({ params, workspaceId }) => {
  return json(await getRequest({ workspaceId, id: params.id, requestId: params.requestId }));
});
