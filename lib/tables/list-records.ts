import { invalidField } from "@/lib/api/errors";
import { pageOf, type TPageQuery } from "@/lib/db/pagination";
import { getDb } from "@/lib/db/client";
import { findTableRow } from "./table-view";

export type ListRecordsOptions = TPageQuery & { workspaceId: string; name: string };

export type TRecordView = { id: string; createdAt: string } & Record<string, unknown>;

/** A page of a table's records, newest first; `nextCursor` is the id to pass as `cursor` for the next page. */
export async function listRecords({ workspaceId, name, limit, cursor }: ListRecordsOptions) {
  const db = getDb();
  const table = await findTableRow(db, workspaceId, name);
  let before = {};
  if (cursor) {
    const last = await db.dataRecord.findUnique({ where: { tableId_id: { tableId: table.id, id: cursor } }, select: { id: true } });
    if (!last) throw invalidField("cursor", `cursor "${cursor}" is not a record of ${name}`);
    // Keyset on id alone: ids are time-ordered, and the (table_id, id) primary key serves both the seek and the order.
    before = { id: { lt: cursor } };
  }
  const rows = await db.dataRecord.findMany({
    where: { tableId: table.id, ...before },
    orderBy: { id: "desc" },
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
