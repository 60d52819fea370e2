import { readQuery } from "@/lib/api/read-json";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { listEvents, ZEventQuery } from "@/lib/webhooks/list-events";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** `?type=&limit=&cursor=` → `{ data, nextCursor }`, newest first. */
export const GET = withApi(async (req) => {
  return json(await listEvents({ workspaceId: await currentWorkspaceId(), query: readQuery(req, ZEventQuery) }));
});
