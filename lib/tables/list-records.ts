import { z } from "zod";
import { invalidField } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { parseWhere, WhereError, type TWhere } from "@/lib/records/where";
import type { TTable } from "@/lib/table-schema/field-types";
import { presentRecord, queryRecordRows, tableOf, type TRecordView } from "./record-rows";
import { findTableRow } from "./table-view";

export type { TRecordView };

/**
 * `?limit=1..200&cursor=<last id>&order=newest|oldest&filters=<JSON list of { field, op, value }>` (the
 * queryRecords node's filters, all of which must hold).
 */
export const ZListRecordsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(100).optional(),
  order: z.enum(["newest", "oldest"]).default("newest"),
  filters: z.string().max(10_000).optional(),
});
export type TListRecordsQuery = z.infer<typeof ZListRecordsQuery>;

export type ListRecordsOptions = Partial<TListRecordsQuery> & { workspaceId: string; name: string };

/** The filters of a records query string, checked against the table (a 400 naming `filters` otherwise). */
export function recordFilters(table: TTable, filters: string | undefined): TWhere {
  if (!filters) return { kind: "and", items: [] };
  let list: unknown;
  try {
    list = JSON.parse(filters);
  } catch {
    throw invalidField("filters", "filters is a JSON list of { field, op, value }");
  }
  try {
    return parseWhere(table, list, "and");
  } catch (err) {
    if (err instanceof WhereError) throw invalidField("filters", err.message);
    throw err;
  }
}

/**
 * A page of a table's records by creation (newest first unless `order` is oldest). Keyset pagination: ids are
 * time-ordered, so the next page starts after the last id, and the (table_id, id) key serves the seek and the order
 * whatever the page's depth; filters on indexed fields seek their index (lib/records/sql.ts).
 */
export async function listRecords({
  workspaceId,
  name,
  limit = 50,
  cursor,
  order = "newest",
  filters,
}: ListRecordsOptions) {
  const db = getDb();
  const table = tableOf(await findTableRow(db, workspaceId, name));
  if (
    cursor &&
    !(await db.dataRecord.findUnique({
      where: { tableId_id: { tableId: table.id, id: cursor } },
      select: { id: true },
    }))
  ) {
    throw invalidField("cursor", `cursor "${cursor}" is not a record of ${name}`);
  }
  const where = recordFilters(table, filters);
  const direction = order === "newest" ? "desc" : "asc";
  const items: TWhere[] = where.kind === "and" ? [...where.items] : [where];
  if (cursor)
    items.push({ kind: "cond", field: "id", type: "text", op: direction === "desc" ? "<" : ">", value: cursor });
  const rows = await queryRecordRows(db, {
    table,
    where: { kind: "and", items },
    sort: { field: "id", direction },
    limit: limit + 1,
    offset: 0,
    exclude: [],
  });
  const page = rows.slice(0, limit);
  const records: TRecordView[] = page.map((r) => presentRecord(table, r));
  return { records, nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
}
