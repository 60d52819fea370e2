import { readJson } from "@/lib/api/read-json";
import { requestOrigin } from "@/lib/api/origin";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { signTestRequest, ZSignTestRequestBody } from "@/lib/endpoints/sign-test-request";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** `{ body, method?, query?, graph?, nodeId? }` → `{ nodeId, preset, headers }`: signature headers for a test request. */
export const POST = withApi<{ id: string }>(async (req, { params }) => {
  const body = await readJson(req, ZSignTestRequestBody, { optional: true });
  return json(await signTestRequest({ ...body, workspaceId: await currentWorkspaceId(), id: params.id, origin: requestOrigin(req) }));
});
