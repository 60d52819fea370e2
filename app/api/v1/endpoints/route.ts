import { readJson } from "@/lib/api/read-json";
import { requestOrigin } from "@/lib/api/origin";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createEndpoint } from "@/lib/endpoints/create-endpoint";
import { listEndpoints } from "@/lib/endpoints/list-endpoints";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { ZCreateEndpointBody } from "@/lib/endpoints/schemas";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

export const GET = withApi(async (req) => {
  const endpoints = await listEndpoints({ workspaceId: await currentWorkspaceId() });
  const origin = requestOrigin(req);
  return json({ endpoints: endpoints.map((e) => presentEndpoint(e, origin)) });
});

export const POST = withApi(async (req) => {
  const body = await readJson(req, ZCreateEndpointBody);
  const endpoint = await createEndpoint({ ...body, workspaceId: await currentWorkspaceId() });
  return json(presentEndpoint(endpoint, requestOrigin(req)), 201);
});
