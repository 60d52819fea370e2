import { getDb } from "@/lib/db/client";
import { toTableView, type TTableView } from "./table-view";

export type ListTablesOptions = { workspaceId: string };

/** The workspace's tables by name, each with its record count. */
export async function listTables({ workspaceId }: ListTablesOptions): Promise<TTableView[]> {
  const rows = await getDb().dataTable.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    include: { _count: { select: { records: true } } },
  });
  return rows.map((row) => toTableView(row, row._count.records));
}
