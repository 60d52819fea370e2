import { readJson } from "@/lib/api/read-json";
import { requestOrigin } from "@/lib/api/origin";
import { json, noContent } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { deleteEndpoint } from "@/lib/endpoints/delete-endpoint";
import { getEndpoint } from "@/lib/endpoints/get-endpoint";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { ZUpdateEndpointBody } from "@/lib/endpoints/schemas";
import { updateEndpoint } from "@/lib/endpoints/update-endpoint";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

type P = { id: string };

export const GET = withApi<P>(async (req, { params }) => {
  const endpoint = await getEndpoint({ workspaceId: await currentWorkspaceId(), id: params.id });
  return json(presentEndpoint(endpoint, requestOrigin(req)));
});

export const PATCH = withApi<P>(async (req, { params }) => {
  const body = await readJson(req, ZUpdateEndpointBody);
  const endpoint = await updateEndpoint({ ...body, workspaceId: await currentWorkspaceId(), id: params.id });
  return json(presentEndpoint(endpoint, requestOrigin(req)));
});

export const DELETE = withApi<P>(async (_req, { params }) => {
  await deleteEndpoint({ workspaceId: await currentWorkspaceId(), id: params.id });
  return noContent();
});
