import type { TFieldType, TTable } from "./field-types";

export class RecordValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "RecordValidationError";
  }
}

// Epoch values below this are seconds (Stripe's `created`), above it milliseconds.
const SECONDS_UNTIL = 1e11;

/** A value as a field of this type stores it (a unix time becomes an ISO date), or not ok. */
export function coerce(type: TFieldType, value: unknown): { ok: true; value: unknown } | { ok: false } {
  switch (type) {
    case "text":
      return typeof value === "string" ? { ok: true, value } : { ok: false };
    case "integer":
      return typeof value === "number" && Number.isSafeInteger(value) ? { ok: true, value } : { ok: false };
    case "decimal":
      return typeof value === "number" && Number.isFinite(value) ? { ok: true, value } : { ok: false };
    case "boolean":
      return typeof value === "boolean" ? { ok: true, value } : { ok: false };
    case "timestamp": {
      const ms =
        typeof value === "number"
          ? Math.abs(value) < SECONDS_UNTIL
            ? value * 1000
            : value
          : typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)
            ? Date.parse(value)
            : NaN;
      return Number.isFinite(ms) ? { ok: true, value: new Date(ms).toISOString() } : { ok: false };
    }
    case "json":
      return value === undefined ? { ok: false } : { ok: true, value };
  }
}

export const EXPECTED: Record<TFieldType, string> = {
  text: "text",
  integer: "a whole number",
  decimal: "a number",
  boolean: "true or false",
  timestamp: "an ISO 8601 date or a unix time",
  json: "a JSON value",
};

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

// A table's definition is read once per workspace revision and reused by every run: its names once per table.
const fieldNames = new WeakMap<TTable, ReadonlySet<string>>();

/** Checks and normalises the values of a new record against its table; throws naming the first bad field. */
export function coerceRecord(table: TTable, values: Record<string, unknown>): Record<string, unknown> {
  let known = fieldNames.get(table);
  if (!known) fieldNames.set(table, (known = new Set(table.fields.map((f) => f.name))));
  for (const name of Object.keys(values)) {
    if (!known.has(name)) throw new RecordValidationError(name, `table ${table.name} has no field "${name}"`);
  }
  const out: Record<string, unknown> = {};
  for (const field of table.fields) {
    const value = values[field.name];
    if (value === undefined || value === null) {
      if (field.required)
        throw new RecordValidationError(field.name, `field "${field.name}" of ${table.name} is required`);
      out[field.name] = null;
      continue;
    }
    const result = coerce(field.type, value);
    if (!result.ok) {
      throw new RecordValidationError(
        field.name,
        `field "${field.name}" of ${table.name} must be ${EXPECTED[field.type]}, got ${describe(value)}`,
      );
    }
    out[field.name] = result.value;
  }
  return out;
}
