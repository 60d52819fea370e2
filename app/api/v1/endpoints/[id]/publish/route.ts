import { requestIp, requestOrigin } from "@/lib/http/origin";
import { callerLabel } from "@/lib/access/caller";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { publishEndpoint } from "@/lib/endpoints/publish-endpoint";

/**
 * Runs the test suite on the draft, then freezes it as the next version (with an optional note) and makes it live;
 * a draft with errors answers 400 with them, a failing case 409 `tests_failed` (unless `overrideTests`, recorded on
 * the version).
 */
export const POST = route("POST /endpoints/{id}/publish", async ({ req, params, workspaceId, caller, body }) => {
  const origin = requestOrigin(req);
  const endpoint = await publishEndpoint({
    workspaceId,
    id: params.id,
    createdBy: callerLabel(caller),
    note: body?.note || undefined,
    overrideTests: body?.overrideTests,
    origin,
    ip: requestIp(req),
  });
  return json(presentEndpoint(endpoint, origin));
});
