import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { listVersions } from "@/lib/endpoints/list-versions";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

export const GET = withApi<{ id: string }>(async (_req, { params }) => {
  return json({ versions: await listVersions({ workspaceId: await currentWorkspaceId(), id: params.id }) });
});
