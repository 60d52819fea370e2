import { requestOrigin } from "@/lib/http/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { createEndpoint } from "@/lib/endpoints/create-endpoint";
import { listEndpoints } from "@/lib/endpoints/list-endpoints";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";

export const GET = route("GET /endpoints", async ({ req, workspaceId }) => {
  const endpoints = await listEndpoints({ workspaceId });
  const origin = requestOrigin(req);
  return json({ endpoints: endpoints.map((e) => presentEndpoint(e, origin)) });
});

export const POST = route("POST /endpoints", async ({ req, workspaceId, body }) => {
  const endpoint = await createEndpoint({ ...body, workspaceId });
  return json(presentEndpoint(endpoint, requestOrigin(req)), 201);
});
