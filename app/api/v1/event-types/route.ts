import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { listEventTypes } from "@/lib/webhooks/list-event-types";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

export const GET = withApi(async () => {
  return json({ data: await listEventTypes({ workspaceId: await currentWorkspaceId() }) });
});
