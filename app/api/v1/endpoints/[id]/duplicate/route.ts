import { requestOrigin } from "@/lib/api/origin";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { duplicateEndpoint } from "@/lib/endpoints/duplicate-endpoint";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

export const POST = withApi<{ id: string }>(async (req, { params }) => {
  const endpoint = await duplicateEndpoint({ workspaceId: await currentWorkspaceId(), id: params.id });
  return json(presentEndpoint(endpoint, requestOrigin(req)), 201);
});
