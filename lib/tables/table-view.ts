import { notFound } from "@/lib/errors";
import type { Db } from "@/lib/db/client";
import type { TTx } from "@/lib/workspaces/bump-revision";
import { ZTableField, type TTableField } from "@/lib/table-schema/field-types";

export type TTableView = { id: string; name: string; fields: TTableField[]; createdAt: string; recordCount: number };

export function toTableView(
  row: { id: string; name: string; fields: string; createdAt: Date },
  recordCount: number,
): TTableView {
  return {
    id: row.id,
    name: row.name,
    fields: ZTableField.array().parse(JSON.parse(row.fields)),
    createdAt: row.createdAt.toISOString(),
    recordCount,
  };
}

/** A table of the workspace by name, or a 404. */
export async function findTableRow(db: Db | TTx, workspaceId: string, name: string) {
  const row = await db.dataTable.findUnique({ where: { workspaceId_name: { workspaceId, name } } });
  if (!row) throw notFound(`table "${name}"`);
  return row;
}
