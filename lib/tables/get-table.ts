import { getDb } from "@/lib/db/client";
import { findTableRow, toTableView, type TTableView } from "./table-view";

export type GetTableOptions = { workspaceId: string; name: string };

export async function getTable({ workspaceId, name }: GetTableOptions): Promise<TTableView> {
  const db = getDb();
  const row = await findTableRow(db, workspaceId, name);
  return toTableView(row, await db.dataRecord.count({ where: { tableId: row.id } }));
}
