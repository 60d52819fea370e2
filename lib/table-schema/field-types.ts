import { z } from "zod";
import { RESERVED_KEYS } from "@/lib/json/reserved-keys";

/** Table names: lower-case letters, digits and _, starting with a letter (they name SQL-safe identifiers). */
export const TABLE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

export const FIELD_TYPES = ["text", "integer", "decimal", "boolean", "timestamp", "json"] as const;
export type TFieldType = (typeof FIELD_TYPES)[number];

const FIELD_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** Names every record has already. */
export const SYSTEM_FIELDS: ReadonlySet<string> = new Set(["id", "createdAt"]);

export const ZTableField = z
  .object({
    name: z
      .string()
      .regex(FIELD_NAME, "field names use lower-case letters, digits and _, starting with a letter or _")
      .refine((n) => !SYSTEM_FIELDS.has(n) && !RESERVED_KEYS.has(n), "this field name is reserved"),
    type: z.enum(FIELD_TYPES),
    required: z.boolean().default(false),
    unique: z.boolean().default(false),
    /** Filters and sorts on this field seek an index (lib/records/index-key.ts) instead of reading every record. */
    indexed: z.boolean().optional(),
  })
  .refine((f) => !(f.indexed && f.type === "json"), { message: "json fields cannot be indexed", path: ["indexed"] });

export const ZTableDefinition = z.object({
  name: z.string().regex(TABLE_NAME, "table names use lower-case letters, digits and _, starting with a letter"),
  fields: z
    .array(ZTableField)
    .min(1, "a table needs at least one field")
    .max(100)
    .refine((fields) => new Set(fields.map((f) => f.name)).size === fields.length, "field names must be unique"),
});

export type TTableField = z.infer<typeof ZTableField>;
export type TTableDefinition = z.infer<typeof ZTableDefinition>;
export type TTable = TTableDefinition & { id: string };
