import { requestOrigin } from "@/lib/api/origin";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { publishEndpoint } from "@/lib/endpoints/publish-endpoint";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** Freezes the draft as the next version and makes it live; a draft with errors answers 400 with them. */
export const POST = withApi<{ id: string }>(async (req, { params }) => {
  const endpoint = await publishEndpoint({ workspaceId: await currentWorkspaceId(), id: params.id });
  return json(presentEndpoint(endpoint, requestOrigin(req)));
});
