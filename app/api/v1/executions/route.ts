import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { listExecutions } from "@/lib/history/list-executions";

/** `?endpoint&status&state&since&until&q&summary&cursor&limit` → `{ executions, nextCursor }`, newest first. */
export const GET = route("GET /executions", async ({ workspaceId, query }) => {
  return json(await listExecutions({ ...query, workspaceId }));
});
