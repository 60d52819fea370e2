import { z } from "zod";
import { RESERVED_KEYS } from "@/lib/json/reserved-keys";
import { TABLE_NAME } from "@/lib/table-schema/field-types";

/**
 * A config field, defined once: its zod schema (types, defaults, validation) and how the inspector shows it.
 * Every consumer derives from these specs: graph validation, the compiler (which fields are expressions),
 * the published JSON Schema and the editor's generated form.
 */
export type FieldKind =
  | "expression" // a JSONata expression
  | "expressionMap" // { name: JSONata expression }
  | "secret" // an expression that reads a secret, picked by name in the editor (`$env.NAME`)
  | "name" // a variable name
  | "table" // the name of a user table
  | "choice"
  | "integer"
  | "boolean"
  | "text";

export type FieldUi = {
  kind: FieldKind;
  label: string;
  help?: string;
  placeholder?: string;
  required: boolean;
  options?: readonly { value: string; label: string }[];
  /** Show the field only while another field of the same node has one of these values. */
  visibleWhen?: { field: string; oneOf: readonly string[] };
  /** For expression fields: the JSONata used when the field is left empty. */
  defaultExpression?: string;
  /** For expressionMap fields: what the keys name (e.g. "header", "field"). */
  keyLabel?: string;
};

export type FieldSpec<S extends z.ZodType = z.ZodType> = { schema: S; ui: FieldUi };

type Common = { label: string; help?: string; placeholder?: string; visibleWhen?: FieldUi["visibleWhen"] };

export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAP_KEY = /^[A-Za-z0-9_.-]{1,100}$/;
/** Re-exported where node fields are defined (lib/json/reserved-keys.ts, lib/table-schema/field-types.ts). */
export { RESERVED_KEYS, TABLE_NAME };
const notReserved = (s: string) => !RESERVED_KEYS.has(s);

const requiredString = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`);

export function expression(o: Common & { required: true }): FieldSpec<z.ZodString>;
export function expression(
  o: Common & { required?: false; defaultExpression?: string },
): FieldSpec<z.ZodOptional<z.ZodString>>;
export function expression(o: Common & { required?: boolean; defaultExpression?: string }): FieldSpec {
  const schema = o.required ? requiredString(o.label).max(10_000) : z.string().max(10_000).optional();
  return { schema, ui: { ...o, kind: "expression", required: !!o.required } };
}

export function secret(o: Common): FieldSpec<z.ZodString> {
  return { schema: requiredString(o.label).max(10_000), ui: { ...o, kind: "secret", required: true } };
}

/**
 * The texts a field's value accepts, as `secret` fields read them: one text or a list of texts (rotation); blank
 * entries are unset variables, not secrets.
 */
export function acceptedTexts(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((s): s is string => typeof s === "string" && s !== "");
}

export function expressionMap(o: Common & { keyLabel: string }) {
  const schema = z
    .record(
      z
        .string()
        .regex(MAP_KEY, `${o.keyLabel} names use letters, digits, . - and _`)
        .refine(notReserved, `${o.keyLabel} name is reserved`),
      z.string().max(10_000),
    )
    .default({});
  return { schema, ui: { ...o, kind: "expressionMap" as const, required: false } } satisfies FieldSpec;
}

export function variableName(o: Common & { default?: string }) {
  const base = z
    .string()
    .trim()
    .regex(VARIABLE_NAME, `${o.label} must be a name like order_total`)
    .refine(notReserved, `${o.label} cannot be a reserved name`);
  const schema = o.default === undefined ? base : base.default(o.default);
  return { schema, ui: { ...o, kind: "name" as const, required: o.default === undefined } } satisfies FieldSpec;
}

export function tableName(o: Common) {
  const schema = z.string({ error: `${o.label} is required` }).regex(TABLE_NAME, `${o.label} must name a table`);
  return { schema, ui: { ...o, kind: "table" as const, required: true } } satisfies FieldSpec;
}

export function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  o: Common & { default: T[number]; labels?: Partial<Record<T[number], string>> },
) {
  const schema = z.enum(values).default(o.default as never);
  const options = values.map((value) => ({ value, label: o.labels?.[value as T[number]] ?? value }));
  return { schema, ui: { ...o, kind: "choice" as const, required: false, options } } satisfies FieldSpec;
}

export function integer(o: Common & { default: number; min: number; max: number }) {
  const schema = z.number().int().min(o.min).max(o.max).default(o.default);
  return { schema, ui: { ...o, kind: "integer" as const, required: false } } satisfies FieldSpec;
}

export function optionalInteger(o: Common & { min: number; max: number }) {
  const schema = z.number().int().min(o.min).max(o.max).optional();
  return { schema, ui: { ...o, kind: "integer" as const, required: false } } satisfies FieldSpec;
}

export function text(o: Common & { default?: string; max?: number }) {
  const base = z.string().max(o.max ?? 500);
  const schema = o.default === undefined ? base.optional() : base.default(o.default);
  return { schema, ui: { ...o, kind: "text" as const, required: false } } satisfies FieldSpec;
}

export function boolean(o: Common & { default: boolean }) {
  return {
    schema: z.boolean().default(o.default),
    ui: { ...o, kind: "boolean" as const, required: false },
  } satisfies FieldSpec;
}
