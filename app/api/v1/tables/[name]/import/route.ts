import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { importRecords } from "@/lib/tables/import-records";

export const POST = route("POST /tables/{name}/import", async ({ params, workspaceId, body }) => {
  return json(await importRecords({ workspaceId, name: params.name, csv: body.csv }));
});
