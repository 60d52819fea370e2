import type { TExecutor } from "@/lib/engine/context";
import { emitRunEvent } from "@/lib/engine/events";
import { newId } from "@/lib/ids";
import { uniqueValue } from "@/lib/records/index-key";
import { recordSession, recordView } from "@/lib/records/session";
import { coerceRecord } from "@/lib/table-schema/coerce-record";
import type { ConfigOf } from "../define";
import type { addRecordNode } from "./definition";

export const addRecordExecutor: TExecutor<ConfigOf<typeof addRecordNode>> = async (ctx) => {
  const { config, run } = ctx;
  const table = await run.services.findTable(config.table);
  if (!table) throw new Error(`table "${config.table}" does not exist`);
  const data = coerceRecord(table, await ctx.values("fields"));
  const session = recordSession(run);
  const id = newId("rec");

  for (const field of table.fields) {
    if (!field.unique || data[field.name] === null) continue;
    const value = uniqueValue(data[field.name]);
    if (await session.isUniqueTaken(table, { field: field.name, value }, id)) {
      throw new Error(`field "${field.name}" of ${table.name} must be unique: ${value} is already stored`);
    }
  }

  const createdAt = run.now();
  const record = recordView({ id, createdAt, data });
  session.insert(table, id, data, createdAt);
  if (run.dryRun) {
    return {
      skipped: true,
      output: { dryRun: true, wouldWrite: { table: table.name, record } },
      bind: { [config.as]: record },
    };
  }
  emitRunEvent(run, "record.created", { table: table.name, record });
  return { output: record, bind: { [config.as]: record } };
};
