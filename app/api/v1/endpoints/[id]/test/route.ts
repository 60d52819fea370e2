import { readJson } from "@/lib/api/read-json";
import { requestIp, requestOrigin } from "@/lib/api/origin";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { ZTestEndpointBody } from "@/lib/endpoints/build-test-request";
import { testEndpoint } from "@/lib/endpoints/test-endpoint";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** Runs the draft (or `graph`) on `{ headers?, body?, dryRun?, method?, query? }` as if sent to the public URL. */
export const POST = withApi<{ id: string }>(async (req, { params }) => {
  const body = await readJson(req, ZTestEndpointBody, { optional: true });
  const run = await testEndpoint({
    ...body,
    workspaceId: await currentWorkspaceId(),
    id: params.id,
    origin: requestOrigin(req),
    ip: requestIp(req),
  });
  return json(run);
});
