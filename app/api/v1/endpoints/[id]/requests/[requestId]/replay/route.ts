import { readJson } from "@/lib/api/read-json";
import { requestIp, requestOrigin } from "@/lib/api/origin";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { replayRequest, ZReplayBody } from "@/lib/history/replay-request";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** `{ target: "draft" | "live", dryRun?, graph?, resign? }` → the new run `{ requestId, response, trace, ... }`. */
export const POST = withApi<{ id: string; requestId: string }>(async (req, { params }) => {
  const body = await readJson(req, ZReplayBody);
  const run = await replayRequest({
    ...body,
    workspaceId: await currentWorkspaceId(),
    id: params.id,
    requestId: params.requestId,
    origin: requestOrigin(req),
    ip: requestIp(req),
  });
  return json(run);
});
