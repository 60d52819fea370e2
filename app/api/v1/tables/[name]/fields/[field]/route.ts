import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { removeField } from "@/lib/tables/remove-field";

export const DELETE = route("DELETE /tables/{name}/fields/{field}", async ({ params, workspaceId }) => {
  return json(await removeField({ workspaceId, name: params.name, field: params.field }));
});
