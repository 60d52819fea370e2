import { requestOrigin } from "@/lib/http/origin";
import { json, noContent } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { deleteEndpoint } from "@/lib/endpoints/delete-endpoint";
import { getEndpoint } from "@/lib/endpoints/get-endpoint";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { updateEndpoint } from "@/lib/endpoints/update-endpoint";

export const GET = route("GET /endpoints/{id}", async ({ req, params, workspaceId }) => {
  const endpoint = await getEndpoint({ workspaceId, id: params.id });
  return json(presentEndpoint(endpoint, requestOrigin(req)));
});

export const PATCH = route("PATCH /endpoints/{id}", async ({ req, params, workspaceId, body }) => {
  const endpoint = await updateEndpoint({ ...body, workspaceId, id: params.id });
  return json(presentEndpoint(endpoint, requestOrigin(req)));
});

export const DELETE = route("DELETE /endpoints/{id}", async ({ params, workspaceId }) => {
  await deleteEndpoint({ workspaceId, id: params.id });
  return noContent();
});
