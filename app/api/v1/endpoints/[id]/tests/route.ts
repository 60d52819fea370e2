import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { createTest } from "@/lib/test-suites/create-test";
import { listTests } from "@/lib/test-suites/list-tests";

export const GET = route("GET /endpoints/{id}/tests", async ({ params, workspaceId }) => {
  return json({ tests: await listTests({ workspaceId, endpointId: params.id }) });
});

export const POST = route("POST /endpoints/{id}/tests", async ({ params, workspaceId, body }) => {
  return json(await createTest({ workspaceId, endpointId: params.id, test: body }), 201);
});
