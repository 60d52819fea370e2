import { invalidField } from "@/lib/api/errors";
import { pageOf, type TPageQuery } from "@/lib/api/pagination";
import { getDb } from "@/lib/db/client";
import { findTableRow } from "./table-view";

export type ListRecordsOptions = TPageQuery & { workspaceId: string; name: string };

export type TRecordView = { id: string; createdAt: string } & Record<string, unknown>;

/** A page of a table's records, newest first; `nextCursor` is the id to pass as `cursor` for the next page. */
export async function listRecords({ workspaceId, name, limit, cursor }: ListRecordsOptions) {
  const db = getDb();
  const table = await findTableRow(db, workspaceId, name);
  let after = {};
  if (cursor) {
    const last = await db.dataRecord.findFirst({ where: { id: cursor, tableId: table.id }, select: { createdAt: true } });
    if (!last) throw invalidField("cursor", `cursor "${cursor}" is not a record of ${name}`);
    // Keyset on (created_at, id), which the (table_id, created_at) index serves.
    after = { OR: [{ createdAt: { lt: last.createdAt } }, { createdAt: last.createdAt, id: { lt: cursor } }] };
  }
  const rows = await db.dataRecord.findMany({
    where: { tableId: table.id, ...after },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const { items, nextCursor } = pageOf(rows, limit);
  // Field names never clash with id and createdAt: the table definition reserves them.
  const records: TRecordView[] = items.map((r) => ({
    id: r.id,
    createdAt: new Date(Number(r.createdAt)).toISOString(),
    ...(JSON.parse(r.data) as Record<string, unknown>),
  }));
  return { records, nextCursor };
}
