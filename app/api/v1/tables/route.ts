import { readJson } from "@/lib/api/read-json";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createTable } from "@/lib/tables/create-table";
import { ZTableDefinition } from "@/lib/table-schema/field-types";
import { listTables } from "@/lib/tables/list-tables";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

export const GET = withApi(async () => {
  return json({ tables: await listTables({ workspaceId: await currentWorkspaceId() }) });
});

export const POST = withApi(async (req) => {
  const body = await readJson(req, ZTableDefinition);
  return json(await createTable({ ...body, workspaceId: await currentWorkspaceId() }), 201);
});
