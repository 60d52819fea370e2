import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { createTable } from "@/lib/tables/create-table";
import { listTables } from "@/lib/tables/list-tables";

export const GET = route("GET /tables", async ({ workspaceId }) => {
  return json({ tables: await listTables({ workspaceId }) });
});

export const POST = route("POST /tables", async ({ workspaceId, body }) => {
  return json(await createTable({ ...body, workspaceId }), 201);
});
