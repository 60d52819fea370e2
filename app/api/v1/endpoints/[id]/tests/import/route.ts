import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { importTests } from "@/lib/test-suites/import-tests";

export const POST = route("POST /endpoints/{id}/tests/import", async ({ params, workspaceId, body }) => {
  return json(await importTests({ workspaceId, endpointId: params.id, tests: body.tests }));
});
