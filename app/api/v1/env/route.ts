import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { listEnvVars } from "@/lib/env/list-env-vars";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** Names and update times only; values are never returned. */
export const GET = withApi(async () => {
  return json({ variables: await listEnvVars({ workspaceId: await currentWorkspaceId() }) });
});
