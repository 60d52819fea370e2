import { json, noContent } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { editRecord } from "@/lib/tables/edit-record";
import { getRecord } from "@/lib/tables/get-record";
import { removeRecord } from "@/lib/tables/remove-record";

export const GET = route("GET /tables/{name}/records/{recordId}", async ({ params, workspaceId }) => {
  return json(await getRecord({ workspaceId, name: params.name, recordId: params.recordId }));
});

export const PUT = route("PUT /tables/{name}/records/{recordId}", async ({ params, workspaceId, body }) => {
  return json(
    await editRecord({
      workspaceId,
      name: params.name,
      recordId: params.recordId,
      fields: body.fields,
      version: body.version,
    }),
  );
});

export const DELETE = route("DELETE /tables/{name}/records/{recordId}", async ({ params, workspaceId }) => {
  await removeRecord({ workspaceId, name: params.name, recordId: params.recordId });
  return noContent();
});
