import { DomainError } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { bumpRevision } from "@/lib/workspaces/bump-revision";
import type { TTableDefinition } from "@/lib/table-schema/field-types";
import { toTableView, type TTableView } from "./table-view";

export type CreateTableOptions = TTableDefinition & { workspaceId: string };

const conflict = (name: string) => new DomainError("conflict", `a table named "${name}" already exists`);

/** Creates a table (409 when the name is taken) and tells the hot path's cache, in one transaction. */
export async function createTable({ workspaceId, name, fields }: CreateTableOptions): Promise<TTableView> {
  try {
    const row = await getDb().$transaction(async (tx) => {
      const taken = await tx.dataTable.findUnique({
        where: { workspaceId_name: { workspaceId, name } },
        select: { id: true },
      });
      if (taken) throw conflict(name);
      const created = await tx.dataTable.create({
        data: { id: newId("tbl"), workspaceId, name, fields: JSON.stringify(fields) },
      });
      await bumpRevision(tx, workspaceId);
      return created;
    });
    return toTableView(row, 0);
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") throw conflict(name); // created concurrently
    throw err;
  }
}
