import { requestIp, requestOrigin } from "@/lib/http/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { replayRequest } from "@/lib/history/replay-request";

/** `{ target: "draft" | "live", dryRun?, graph?, resign? }` → the new run `{ requestId, response, trace, ... }`. */
export const POST = route(
  "POST /endpoints/{id}/requests/{requestId}/replay",
  async ({ req, params, workspaceId, body }) => {
    const run = await replayRequest({
      ...body,
      workspaceId,
      id: params.id,
      requestId: params.requestId,
      origin: requestOrigin(req),
      ip: requestIp(req),
    });
    return json(run);
  },
);
