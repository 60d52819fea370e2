import type { TExecutor } from "@/lib/engine/context";
import { newId } from "@/lib/ids";
import { coerceRecord } from "@/lib/table-schema/coerce-record";
import type { ConfigOf } from "../define";
import type { addRecordNode } from "./definition";

// Records of one run are mostly made in the same millisecond: format it once.
let lastMs = NaN;
let lastIso = "";
const isoTime = (ms: number) => (ms === lastMs ? lastIso : ((lastMs = ms), (lastIso = new Date(ms).toISOString())));

export const addRecordExecutor: TExecutor<ConfigOf<typeof addRecordNode>> = async (ctx) => {
  const { config, run } = ctx;
  const table = await run.services.findTable(config.table);
  if (!table) throw new Error(`table "${config.table}" does not exist`);
  const data = coerceRecord(table, await ctx.values("fields"));

  const unique: { field: string; value: string }[] = [];
  for (const field of table.fields) {
    if (!field.unique || data[field.name] === null) continue;
    const value = JSON.stringify(data[field.name]);
    const pending = run.records.some((r) => r.tableId === table.id && r.unique.some((u) => u.field === field.name && u.value === value));
    if (pending || (await run.services.isUniqueValueTaken(table.id, field.name, value))) {
      throw new Error(`field "${field.name}" of ${table.name} must be unique: ${value} is already stored`);
    }
    unique.push({ field: field.name, value });
  }

  const createdAt = run.now();
  const id = newId("rec");
  const record: Record<string, unknown> = { id, createdAt: isoTime(createdAt) };
  for (const key of Object.keys(data)) record[key] = data[key];
  if (run.dryRun) {
    return { skipped: true, output: { dryRun: true, wouldWrite: { table: table.name, record } }, bind: { [config.as]: record } };
  }
  run.records.push({ id, tableId: table.id, table: table.name, data, createdAt, unique });
  return { output: record, bind: { [config.as]: record } };
};
