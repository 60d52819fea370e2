import type { TFieldType } from "@/lib/table-schema/field-types";
import type { TCondition, TWhere } from "./where";
import type { TCursor, TStoredRecord } from "./types";

/**
 * The record filters and order, evaluated in memory: for the run's own changes laid over a database read, and for
 * tests. lib/records/sql.ts says the same in SQL; both order empty values first and text by code point.
 */
export function fieldValue(record: Pick<TStoredRecord, "id" | "createdAt" | "data">, field: string): unknown {
  if (field === "id") return record.id;
  if (field === "createdAt") return record.createdAt;
  return record.data[field] ?? null;
}

/** A comparable form: timestamps as epoch ms, booleans as 0/1. */
function comparable(type: TFieldType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === "timestamp") return typeof value === "number" ? value : Date.parse(String(value));
  if (type === "boolean") return value ? 1 : 0;
  return value;
}

/** Orders two values of one field type; empty values first. */
export function compareValues(type: TFieldType, a: unknown, b: unknown): number {
  const [x, y] = [comparable(type, a), comparable(type, b)];
  if (x === null || y === null) return x === null ? (y === null ? 0 : -1) : 1;
  if (typeof x === "string" && typeof y === "string") return x < y ? -1 : x > y ? 1 : 0;
  return (x as number) - (y as number);
}

function isEmpty(type: TFieldType, v: unknown): boolean {
  if (v === null || v === undefined || v === "") return true;
  if (type !== "json" || typeof v !== "object") return false;
  return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
}

function holds(c: TCondition, record: TStoredRecord): boolean {
  const v = fieldValue(record, c.field);
  const cmp = () => compareValues(c.type, v, c.value);
  switch (c.op) {
    case "is empty":
      return isEmpty(c.type, v);
    case "is not empty":
      return !isEmpty(c.type, v);
    case "=":
      return v !== null && cmp() === 0;
    case "!=":
      return v === null || cmp() !== 0;
    case "<":
      return v !== null && cmp() < 0;
    case "<=":
      return v !== null && cmp() <= 0;
    case ">":
      return v !== null && cmp() > 0;
    case ">=":
      return v !== null && cmp() >= 0;
    case "in":
      return v !== null && (c.value as unknown[]).some((x) => compareValues(c.type, v, x) === 0);
    case "contains":
      return typeof v === "string" && v.includes(c.value as string);
  }
}

export function matches(where: TWhere, record: TStoredRecord): boolean {
  if (where.kind === "cond") return holds(where, record);
  if (where.items.length === 0) return true;
  return where.kind === "and"
    ? where.items.every((w) => matches(w, record))
    : where.items.some((w) => matches(w, record));
}

/** The order of a sorted read: the sort field, then id, both in the chosen direction. */
export function recordOrder(type: TFieldType, sort: { field: string; direction: "asc" | "desc" }) {
  const sign = sort.direction === "asc" ? 1 : -1;
  return (a: TStoredRecord, b: TStoredRecord) =>
    sign *
    (compareValues(type, fieldValue(a, sort.field), fieldValue(b, sort.field)) || compareValues("text", a.id, b.id));
}

/** True when `record` comes after the cursor in this order. */
export function isAfter(
  type: TFieldType,
  sort: { field: string; direction: "asc" | "desc" },
  cursor: TCursor,
  record: TStoredRecord,
): boolean {
  const sign = sort.direction === "asc" ? 1 : -1;
  const byValue = sign * compareValues(type, fieldValue(record, sort.field), cursor.value);
  return byValue > 0 || (byValue === 0 && sign * compareValues("text", record.id, cursor.id) > 0);
}
