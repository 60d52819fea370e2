import { DomainError } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { ZTableDefinition, type TTableField } from "@/lib/table-schema/field-types";
import { bumpRevision } from "@/lib/workspaces/bump-revision";
import { placeholder, tableOf } from "./record-rows";
import { findTableRow, toTableView, type TTableView } from "./table-view";

export type AddFieldOptions = { workspaceId: string; name: string; field: TTableField };

/**
 * Adds a field at the end. Existing records have no value in it (empty); so a required field can only be added
 * while the table is empty. An indexed field gets an index entry (the empty one) for every existing record, so
 * `is empty` filters seek it too.
 */
export async function addField({ workspaceId, name, field }: AddFieldOptions): Promise<TTableView> {
  return getDb().$transaction(async (tx) => {
    const row = await findTableRow(tx, workspaceId, name);
    const table = tableOf(row);
    if (table.fields.some((f) => f.name === field.name)) {
      throw new DomainError("conflict", `${name} already has a field "${field.name}"`, {
        errors: [{ path: "name", message: "a field with this name exists" }],
      });
    }
    const count = await tx.dataRecord.count({ where: { tableId: row.id } });
    if (field.required && count > 0) {
      throw new DomainError(
        "conflict",
        `${name} has ${count} records without a value for "${field.name}": add it as optional`,
        {
          errors: [{ path: "required", message: "existing records would have no value: add the field as optional" }],
        },
      );
    }
    const fields = ZTableDefinition.shape.fields.parse([...table.fields, field]);
    if (field.indexed && count > 0) {
      await tx.$executeRawUnsafe(
        `INSERT INTO record_index_values (table_id, field, value, record_id) SELECT table_id, ${placeholder(1)}, '0', id FROM data_records WHERE table_id = ${placeholder(2)}`,
        field.name,
        row.id,
      );
    }
    const updated = await tx.dataTable.update({ where: { id: row.id }, data: { fields: JSON.stringify(fields) } });
    await bumpRevision(tx, workspaceId);
    return toTableView(updated, count);
  });
}
