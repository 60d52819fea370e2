import type { TNodeContext } from "@/lib/engine/context";
import { NodeHalt } from "@/lib/engine/errors";
import { coerce, describe, EXPECTED } from "@/lib/table-schema/coerce-record";
import type { TTable, TTableField } from "@/lib/table-schema/field-types";
import { recordSession } from "./session";
import type { TStoredRecord } from "./types";

type TTargetConfig = { table: string; by: "id" | "field"; field?: string; ifMissing?: "null" | "404" };

export type TTarget = {
  table: TTable;
  record: TStoredRecord | undefined;
  /** For a lookup by unique field: the field and its value as stored (an upsert sets it on the new record). */
  key?: { field: TTableField; value: unknown };
  /** How the lookup reads in messages: `id "rec_…"` or `stripe_id "cus_1"`. */
  label: string;
};

/** The table a record node names, or a clear error. */
export async function tableOf(ctx: TNodeContext<{ table: string }>): Promise<TTable> {
  const table = await ctx.run.services.findTable(ctx.config.table);
  if (!table) throw new Error(`table "${ctx.config.table}" does not exist`);
  return table;
}

/** Finds the record a getRecord, updateRecord or deleteRecord node names: by id, or by a unique field's value. */
export async function findTarget(ctx: TNodeContext<TTargetConfig>): Promise<TTarget> {
  const table = await tableOf(ctx);
  const session = recordSession(ctx.run);
  if (ctx.config.by === "id") {
    const id = await ctx.value("id" as never);
    if (typeof id !== "string" || id === "") throw new Error(`record id must be text, got ${describe(id ?? null)}`);
    return { table, record: await session.get(table, id), label: `id ${JSON.stringify(id)}` };
  }
  const name = ctx.config.field ?? "";
  const field = table.fields.find((f) => f.name === name);
  if (!field) throw new Error(`table ${table.name} has no field "${name}"`);
  if (!field.unique)
    throw new Error(`field "${name}" of ${table.name} is not unique: look records up by it with Query records`);
  const raw = await ctx.value("value" as never);
  const coerced = raw === undefined || raw === null ? { ok: false as const } : coerce(field.type, raw);
  if (!coerced.ok) throw new Error(`value for "${name}" must be ${EXPECTED[field.type]}, got ${describe(raw ?? null)}`);
  const record = await session.findUnique(table, name, coerced.value);
  return { table, record, key: { field, value: coerced.value }, label: `${name} ${JSON.stringify(coerced.value)}` };
}

/** What a node does when nothing matched: store null, or end the run with 404 (catchable by its error handle). */
export function whenMissing(ctx: TNodeContext<TTargetConfig>, target: TTarget): void {
  if (ctx.config.ifMissing === "404") throw new NodeHalt(404, `no ${target.table.name} record with ${target.label}`);
}
