import { json, noContent } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { deleteTable } from "@/lib/tables/delete-table";
import { getTable } from "@/lib/tables/get-table";

export const GET = route("GET /tables/{name}", async ({ params, workspaceId }) => {
  return json(await getTable({ workspaceId, name: params.name }));
});

export const DELETE = route("DELETE /tables/{name}", async ({ params, workspaceId }) => {
  await deleteTable({ workspaceId, name: params.name });
  return noContent();
});
