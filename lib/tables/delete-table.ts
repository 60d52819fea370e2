import { getDb } from "@/lib/db/client";
import { bumpRevision } from "@/lib/workspaces/bump-revision";
import { findTableRow } from "./table-view";

export type DeleteTableOptions = { workspaceId: string; name: string };

/**
 * Deletes a table with all its records; stacks that add to it fail at run time until it is created again. A change
 * to the table, not to its records: it emits no `record.deleted` per record (docs/contract-extensions.md).
 */
export async function deleteTable({ workspaceId, name }: DeleteTableOptions): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const row = await findTableRow(tx, workspaceId, name);
    await tx.recordUniqueValue.deleteMany({ where: { tableId: row.id } });
    await tx.dataRecord.deleteMany({ where: { tableId: row.id } });
    await tx.dataTable.delete({ where: { id: row.id } });
    await bumpRevision(tx, workspaceId);
  });
}
