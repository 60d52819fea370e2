import { requestOrigin } from "@/lib/http/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { duplicateEndpoint } from "@/lib/endpoints/duplicate-endpoint";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";

export const POST = route("POST /endpoints/{id}/duplicate", async ({ req, params, workspaceId }) => {
  const endpoint = await duplicateEndpoint({ workspaceId, id: params.id });
  return json(presentEndpoint(endpoint, requestOrigin(req)), 201);
});
