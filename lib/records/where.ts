import { coerce, describe, EXPECTED } from "@/lib/table-schema/coerce-record";
import type { TFieldType, TTable } from "@/lib/table-schema/field-types";

export const FILTER_OPERATORS = [
  "=",
  "!=",
  "<",
  "<=",
  ">",
  ">=",
  "in",
  "contains",
  "is empty",
  "is not empty",
] as const;
export type TOperator = (typeof FILTER_OPERATORS)[number];

export type TCondition = { kind: "cond"; field: string; type: TFieldType; op: TOperator; value?: unknown };
export type TWhere = { kind: "and" | "or"; items: TWhere[] } | TCondition;

const MAX_CONDITIONS = 20;
const MAX_IN_VALUES = 100;
const RANGE_TYPES: ReadonlySet<TFieldType> = new Set(["text", "integer", "decimal", "timestamp"]);

/** Every record has these besides its table's fields. */
export function fieldType(table: TTable, field: string): TFieldType | undefined {
  if (field === "id") return "text";
  if (field === "createdAt") return "timestamp";
  return table.fields.find((f) => f.name === field)?.type;
}

type TInput = { field: string; op: TOperator; value?: unknown } | { and: TInput[] } | { or: TInput[] };

const OPERATORS: ReadonlySet<string> = new Set(FILTER_OPERATORS);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The shape of one filter, checked by hand: this runs on every queryRecords execution. */
function isInput(v: unknown): v is TInput {
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  if ("and" in v || "or" in v) return keys.length === 1 && Array.isArray(v.and ?? v.or);
  return (
    typeof v.field === "string" &&
    typeof v.op === "string" &&
    OPERATORS.has(v.op) &&
    keys.every((k) => k === "field" || k === "op" || k === "value")
  );
}

export class WhereError extends Error {
  constructor(message: string) {
    super(`filters: ${message}`);
    this.name = "WhereError";
  }
}

function coerced(table: TTable, c: { field: string; op: TOperator }, type: TFieldType, value: unknown): unknown {
  if (value === null || value === undefined) {
    throw new WhereError(`"${c.field}" ${c.op} needs a value (use "is empty" to find records without one)`);
  }
  const result = coerce(type, value);
  if (!result.ok) throw new WhereError(`"${c.field}" of ${table.name} is ${EXPECTED[type]}; got ${describe(value)}`);
  return result.value;
}

function condition(table: TTable, c: { field: string; op: TOperator; value?: unknown }): TCondition {
  const type = fieldType(table, c.field);
  if (!type) throw new WhereError(`table ${table.name} has no field "${c.field}"`);
  const out = { kind: "cond" as const, field: c.field, type, op: c.op };
  switch (c.op) {
    case "is empty":
    case "is not empty":
      return out;
    case "=":
    case "!=":
      if (type === "json")
        throw new WhereError(`"${c.field}" is a json field: only "is empty" and "is not empty" apply`);
      return { ...out, value: coerced(table, c, type, c.value) };
    case "<":
    case "<=":
    case ">":
    case ">=":
      if (!RANGE_TYPES.has(type)) throw new WhereError(`"${c.op}" does not apply to the ${type} field "${c.field}"`);
      return { ...out, value: coerced(table, c, type, c.value) };
    case "in": {
      if (type === "json")
        throw new WhereError(`"${c.field}" is a json field: only "is empty" and "is not empty" apply`);
      if (!Array.isArray(c.value)) throw new WhereError(`"${c.field}" in needs a list of values`);
      if (c.value.length > MAX_IN_VALUES) throw new WhereError(`"in" takes at most ${MAX_IN_VALUES} values`);
      return { ...out, value: c.value.map((v) => coerced(table, c, type, v)) };
    }
    case "contains":
      if (type !== "text") throw new WhereError(`"contains" applies to text fields; "${c.field}" is ${type}`);
      return { ...out, value: coerced(table, c, type, c.value) };
  }
}

/**
 * The filters a queryRecords node evaluated, checked against the table: a list of conditions
 * `{ field, op, value }` (or nested `{ and: [...] }` / `{ or: [...] }` groups) combined with `match`.
 */
export function parseWhere(table: TTable, input: unknown, match: "and" | "or"): TWhere {
  if (input === undefined || input === null) return { kind: match, items: [] };
  const list = Array.isArray(input) ? input : [input];
  const shapeError = (at: string) =>
    new WhereError(
      `each filter is { field, op, value } with op one of ${FILTER_OPERATORS.join(", ")}, or { and: [...] } / { or: [...] } (at ${at})`,
    );
  let count = 0;
  const build = (items: unknown[], kind: "and" | "or", depth: number, at: string): TWhere => {
    if (depth > 3) throw new WhereError("groups nest at most 3 deep");
    return {
      kind,
      items: items.map((item, i) => {
        if (!isInput(item)) throw shapeError(`${at}${i}`);
        if ("and" in item) return build(item.and, "and", depth + 1, `${at}${i}.and.`);
        if ("or" in item) return build(item.or, "or", depth + 1, `${at}${i}.or.`);
        if (++count > MAX_CONDITIONS) throw new WhereError(`at most ${MAX_CONDITIONS} conditions`);
        return condition(table, item);
      }),
    };
  };
  return build(list, match, 0, "");
}
