import { loadBase, presentRecord, tableOf, writeRecordChange } from "./record-rows";
import { changeRecords } from "./record-events";
import { findTableRow } from "./table-view";

export type RemoveRecordOptions = { workspaceId: string; name: string; recordId: string };

/** Deletes one record with its unique and index keys (a unique value is free again) and emits `record.deleted`. */
export async function removeRecord({ workspaceId, name, recordId }: RemoveRecordOptions): Promise<void> {
  await changeRecords(workspaceId, async (tx, emit) => {
    const table = tableOf(await findTableRow(tx, workspaceId, name));
    const { row, data, base } = await loadBase(tx, table, recordId);
    const createdAt = Number(row.createdAt);
    await writeRecordChange(tx, {
      op: "delete",
      id: recordId,
      tableId: table.id,
      table: table.name,
      data,
      createdAt,
      unique: [],
      index: [],
      base,
    });
    emit("record.deleted", table.name, presentRecord(table, { id: recordId, createdAt, version: base.version, data }));
  });
}
