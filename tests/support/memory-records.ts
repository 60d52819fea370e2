import { fieldType } from "@/lib/records/where";
import { isAfter, matches, recordOrder } from "@/lib/records/match";
import { uniqueValue } from "@/lib/records/index-key";
import type { TRecordReader, TStoredRecord } from "@/lib/records/types";
import type { TTable } from "@/lib/table-schema/field-types";

/** Committed records held in memory, read as the SQL readers do (lib/records/match.ts), for node unit tests. */
export function memoryRecords(tables: TTable[]) {
  const rows = new Map<string, TStoredRecord & { tableId: string }>();
  const reader: TRecordReader = {
    async get(tableId, id) {
      const row = rows.get(`${tableId}/${id}`);
      return row && structuredClone({ id: row.id, createdAt: row.createdAt, version: row.version, data: row.data });
    },
    async findUnique(tableId, field, value) {
      const row = [...rows.values()].find(
        (r) => r.tableId === tableId && r.data[field] !== null && uniqueValue(r.data[field]) === value,
      );
      return row && reader.get(tableId, row.id);
    },
    async query(q) {
      const type = fieldType(q.table, q.sort.field) ?? "text";
      return [...rows.values()]
        .filter(
          (r) =>
            r.tableId === q.table.id &&
            !q.exclude.includes(r.id) &&
            matches(q.where, r) &&
            (!q.after || isAfter(type, q.sort, q.after, r)),
        )
        .sort(recordOrder(type, q.sort))
        .slice(q.offset, q.offset + q.limit)
        .map((r) => structuredClone({ id: r.id, createdAt: r.createdAt, version: r.version, data: r.data }));
    },
  };
  /** Stores a committed record (version 1) and returns it. */
  const seed = (tableName: string, id: string, data: Record<string, unknown>, createdAt = Date.now()) => {
    const table = tables.find((t) => t.name === tableName)!;
    rows.set(`${table.id}/${id}`, { tableId: table.id, id, createdAt, version: 1, data });
    return { id, createdAt, version: 1, data };
  };
  return { reader, seed, rows };
}
