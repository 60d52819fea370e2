import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { addField } from "@/lib/tables/add-field";

export const POST = route("POST /tables/{name}/fields", async ({ params, workspaceId, body }) => {
  return json(await addField({ workspaceId, name: params.name, field: body }));
});
