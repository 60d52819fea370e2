import type { TTable, TTableField } from "@/lib/table-schema/field-types";
import type { TKeyValue, TPendingRecord } from "./types";

/** Longest text kept in an index entry: longer values share the entry of their prefix and are checked in full. */
export const INDEXED_TEXT_CHARS = 200;

/** How a unique field's value is stored in record_unique_values (and looked up). */
export const uniqueValue = (value: unknown): string => JSON.stringify(value);

/** A number as 16 hex digits whose text order is numeric order (IEEE 754 bits, sign-flipped). */
function sortableNumber(n: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n === 0 ? 0 : n);
  const bytes = new Uint8Array(view.buffer);
  if (bytes[0]! & 0x80) for (let i = 0; i < 8; i++) bytes[i] = ~bytes[i]! & 0xff;
  else bytes[0] = bytes[0]! | 0x80;
  return Buffer.from(bytes.buffer).toString("hex");
}

/**
 * An indexed field's value as index text: a type tag, then text whose byte order is the value order. Empty
 * values (null) are "0", so `is empty` seeks the index too.
 */
export function indexValue(field: Pick<TTableField, "type">, value: unknown): string {
  if (value === null || value === undefined) return "0";
  switch (field.type) {
    case "text":
      return `1${String(value).slice(0, INDEXED_TEXT_CHARS)}`;
    case "integer":
    case "decimal":
      return `2${sortableNumber(Number(value))}`;
    case "boolean":
      return value ? "31" : "30";
    case "timestamp":
      return `4${String(value)}`;
    case "json":
      return `5${JSON.stringify(value).slice(0, INDEXED_TEXT_CHARS)}`;
  }
}

/** The unique and indexed fields' keys of a record's data. */
export function recordKeys(table: TTable, data: Record<string, unknown>): { unique: TKeyValue[]; index: TKeyValue[] } {
  const unique: TKeyValue[] = [];
  const index: TKeyValue[] = [];
  for (const f of table.fields) {
    const value = data[f.name];
    if (f.unique && value !== null && value !== undefined) unique.push({ field: f.name, value: uniqueValue(value) });
    if (f.indexed) index.push({ field: f.name, value: indexValue(f, value) });
  }
  return { unique, index };
}

/** Keys in `a` that `b` does not have. */
function keysMissingFrom(a: readonly TKeyValue[], b: readonly TKeyValue[]): TKeyValue[] {
  return a.filter((k) => !b.some((o) => o.field === k.field && o.value === k.value));
}

type TKeyTable = "record_unique_values" | "record_index_values";

const NO_KEY_CHANGES: readonly never[] = Object.freeze([]);

/** The key rows a committed change drops and adds (in that order, so a value can pass between two records). */
export function keyChanges(r: TPendingRecord): readonly { op: "add" | "drop"; table: TKeyTable; key: TKeyValue }[] {
  // The usual case, a table without unique or indexed fields: nothing to compare (and nothing allocated).
  if (!r.unique.length && !r.index.length && !r.base?.unique.length && !r.base?.index.length) return NO_KEY_CHANGES;
  const was = r.base ?? { unique: [], index: [] };
  const now = r.op === "delete" ? { unique: [], index: [] } : r;
  const rows = (op: "add" | "drop", table: TKeyTable, keys: TKeyValue[]) => keys.map((key) => ({ op, table, key }));
  return [
    ...rows("drop", "record_unique_values", keysMissingFrom(was.unique, now.unique)),
    ...rows("drop", "record_index_values", keysMissingFrom(was.index, now.index)),
    ...rows("add", "record_unique_values", keysMissingFrom(now.unique, was.unique)),
    ...rows("add", "record_index_values", keysMissingFrom(now.index, was.index)),
  ];
}
