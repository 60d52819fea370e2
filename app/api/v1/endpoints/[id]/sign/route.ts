import { requestOrigin } from "@/lib/http/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { signTestRequest } from "@/lib/endpoints/sign-test-request";

/** `{ body, method?, query?, graph?, nodeId? }` → `{ nodeId, preset, headers }`: signature headers for a test request. */
export const POST = route("POST /endpoints/{id}/sign", async ({ req, params, workspaceId, body }) => {
  return json(await signTestRequest({ ...body, workspaceId, id: params.id, origin: requestOrigin(req) }));
});
