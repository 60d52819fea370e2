import { newId } from "@/lib/ids";
import { recordKeys } from "@/lib/records/index-key";
import { presentRecord, tableOf, writeRecordChange, type TRecordView } from "./record-rows";
import { checkedFields } from "./checked-fields";
import { changeRecords } from "./record-events";
import { findTableRow } from "./table-view";

export type InsertRecordOptions = { workspaceId: string; name: string; fields: Record<string, unknown> };

/**
 * Adds a record by hand, checked exactly as the addRecord node checks it (lib/table-schema/coerce-record.ts), and
 * emits `record.created` with it.
 */
export async function insertRecord({ workspaceId, name, fields }: InsertRecordOptions): Promise<TRecordView> {
  return changeRecords(workspaceId, async (tx, emit) => {
    const table = tableOf(await findTableRow(tx, workspaceId, name));
    const data = checkedFields(table, fields);
    const id = newId("rec");
    const createdAt = Date.now();
    await writeRecordChange(tx, {
      op: "insert",
      id,
      tableId: table.id,
      table: table.name,
      data,
      createdAt,
      ...recordKeys(table, data),
    });
    const record = presentRecord(table, { id, createdAt, version: 1, data });
    emit("record.created", table.name, record);
    return record;
  });
}
