import { requestIp, requestOrigin } from "@/lib/http/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { runTests } from "@/lib/test-suites/run-suite";

/** Runs the suite (or `testIds`) on the draft (or `graph`), in dry run unless `dryRun: false`. */
export const POST = route("POST /endpoints/{id}/tests/run", async ({ req, params, workspaceId, body }) => {
  return json(
    await runTests({ ...body, workspaceId, endpointId: params.id, origin: requestOrigin(req), ip: requestIp(req) }),
  );
});
