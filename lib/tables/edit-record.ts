import { recordKeys } from "@/lib/records/index-key";
import { checkedFields } from "./checked-fields";
import { loadBase, presentRecord, tableOf, writeRecordChange, type TRecordView } from "./record-rows";
import { changeRecords } from "./record-events";
import { findTableRow } from "./table-view";

export type EditRecordOptions = {
  workspaceId: string;
  name: string;
  recordId: string;
  /** Every field's new value (a missing one becomes empty), checked as addRecord checks a new record. */
  fields: Record<string, unknown>;
  /** The version the editor read: the change is refused (409) when a run changed the record since. */
  version?: number;
};

/** Replaces a record's fields by hand (its id, creation time and origin stay) and emits `record.updated`. */
export async function editRecord({
  workspaceId,
  name,
  recordId,
  fields,
  version,
}: EditRecordOptions): Promise<TRecordView & { version: number }> {
  return changeRecords(workspaceId, async (tx, emit) => {
    const table = tableOf(await findTableRow(tx, workspaceId, name));
    const data = checkedFields(table, fields);
    const { row, base } = await loadBase(tx, table, recordId);
    if (version !== undefined) base.version = version;
    const createdAt = Number(row.createdAt);
    await writeRecordChange(tx, {
      op: "update",
      id: recordId,
      tableId: table.id,
      table: table.name,
      data,
      createdAt,
      ...recordKeys(table, data),
      base,
    });
    const record = presentRecord(table, { id: recordId, createdAt, version: base.version + 1, data });
    emit("record.updated", table.name, record);
    return { ...record, version: base.version + 1 };
  });
}
