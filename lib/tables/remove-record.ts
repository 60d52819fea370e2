import { getDb } from "@/lib/db/client";
import { loadBase, tableOf, writeRecordChange } from "./record-rows";
import { findTableRow } from "./table-view";

export type RemoveRecordOptions = { workspaceId: string; name: string; recordId: string };

/** Deletes one record with its unique and index keys (a unique value is free again). */
export async function removeRecord({ workspaceId, name, recordId }: RemoveRecordOptions): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const table = tableOf(await findTableRow(tx, workspaceId, name));
    const { row, data, base } = await loadBase(tx, table, recordId);
    await writeRecordChange(tx, { op: "delete", id: recordId, tableId: table.id, table: table.name, data, createdAt: Number(row.createdAt), unique: [], index: [], base });
  });
}
