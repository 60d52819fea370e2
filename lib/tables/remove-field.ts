import { invalidField, notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { bumpRevision } from "@/lib/workspaces/bump-revision";
import { dialect, placeholder, tableOf } from "./record-rows";
import { findTableRow, toTableView, type TTableView } from "./table-view";

export type RemoveFieldOptions = { workspaceId: string; name: string; field: string };

/**
 * Removes a field and deletes its value from every record (with its unique and index entries), so a field added
 * later under the same name starts empty. Every record's version moves on: a run that read one before commits
 * only after reading it again. Stacks that still write the field fail until they are changed. A change to the
 * table's schema: it emits no `record.updated` per record (docs/contract-extensions.md).
 */
export async function removeField({ workspaceId, name, field }: RemoveFieldOptions): Promise<TTableView> {
  return getDb().$transaction(async (tx) => {
    const row = await findTableRow(tx, workspaceId, name);
    const table = tableOf(row);
    if (!table.fields.some((f) => f.name === field)) throw notFound(`field "${field}" of ${name}`);
    if (table.fields.length === 1)
      throw invalidField("field", "a table needs at least one field: delete the table instead");
    // Field names match /^[a-z_][a-z0-9_]*$/ (lib/table-schema/field-types.ts): safe inside the SQL text.
    const strip = dialect() === "sqlite" ? `json_remove(data, '$.${field}')` : `(data::jsonb - '${field}')::text`;
    await tx.$executeRawUnsafe(
      `UPDATE data_records SET data = ${strip}, version = version + 1 WHERE table_id = ${placeholder(1)}`,
      row.id,
    );
    await tx.recordUniqueValue.deleteMany({ where: { tableId: row.id, field } });
    await tx.recordIndexValue.deleteMany({ where: { tableId: row.id, field } });
    const fields = table.fields.filter((f) => f.name !== field);
    const updated = await tx.dataTable.update({ where: { id: row.id }, data: { fields: JSON.stringify(fields) } });
    await bumpRevision(tx, workspaceId);
    return toTableView(updated, await tx.dataRecord.count({ where: { tableId: row.id } }));
  });
}
