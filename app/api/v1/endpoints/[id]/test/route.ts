import { requestIp, requestOrigin } from "@/lib/http/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { testEndpoint } from "@/lib/endpoints/test-endpoint";

/** Runs the draft (or `graph`) on `{ headers?, body?, dryRun?, method?, query? }` as if sent to the public URL. */
export const POST = route("POST /endpoints/{id}/test", async ({ req, params, workspaceId, body }) => {
  const run = await testEndpoint({
    ...body,
    workspaceId,
    id: params.id,
    origin: requestOrigin(req),
    ip: requestIp(req),
  });
  return json(run);
});
