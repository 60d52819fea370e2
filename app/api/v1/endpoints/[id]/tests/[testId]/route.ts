import { json, noContent } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { deleteTest } from "@/lib/test-suites/delete-test";
import { updateTest } from "@/lib/test-suites/update-test";

export const PUT = route("PUT /endpoints/{id}/tests/{testId}", async ({ params, workspaceId, body }) => {
  return json(await updateTest({ workspaceId, endpointId: params.id, testId: params.testId, test: body }));
});

export const DELETE = route("DELETE /endpoints/{id}/tests/{testId}", async ({ params, workspaceId }) => {
  await deleteTest({ workspaceId, endpointId: params.id, testId: params.testId });
  return noContent();
});
