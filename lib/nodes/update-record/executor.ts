import type { TExecutor } from "@/lib/engine/context";
import { emitRunEvent } from "@/lib/engine/events";
import { newId } from "@/lib/ids";
import { findTarget, whenMissing } from "@/lib/records/find-target";
import { recordKeys } from "@/lib/records/index-key";
import { recordSession, recordView } from "@/lib/records/session";
import { coerceRecord } from "@/lib/table-schema/coerce-record";
import type { ConfigOf } from "../define";
import type { updateRecordNode } from "./definition";

export const updateRecordExecutor: TExecutor<ConfigOf<typeof updateRecordNode>> = async (ctx) => {
  const { config, run } = ctx;
  const target = await findTarget(ctx);
  const { table, record } = target;
  const patch: Record<string, unknown> = {};
  // A field whose expression finds nothing keeps its value; null clears it.
  for (const [k, v] of Object.entries(await ctx.values("fields"))) if (v !== undefined) patch[k] = v;
  const session = recordSession(run);

  if (!record && !config.upsert) {
    whenMissing(ctx, target);
    return { output: null, bind: { [config.as]: null } };
  }
  if (!record && !target.key)
    throw new Error("upsert adds the record when none matches: find it by a unique field, not by id");

  // Typed and checked as on insert: the merged record must be a valid record of the table.
  const data = coerceRecord(
    table,
    record ? { ...record.data, ...patch } : { ...patch, [target.key!.field.name]: target.key!.value },
  );
  const id = record?.id ?? newId("rec");
  for (const key of recordKeys(table, data).unique) {
    if (!(await session.isUniqueTaken(table, key, id))) continue;
    if (
      !record &&
      key.field === target.key?.field.name &&
      (await session.findUnique(table, key.field, target.key.value))
    ) {
      // A concurrent run added the record after this one looked: the upsert updates it instead (looked up again,
      // so its commit checks that record's version).
      return updateRecordExecutor(ctx);
    }
    throw new Error(`field "${key.field}" of ${table.name} must be unique: ${key.value} is already stored`);
  }
  const createdAt = record?.createdAt ?? run.now();
  if (record) session.update(table, record, data);
  else session.insert(table, id, data, createdAt);
  const after = recordView({ id, createdAt, data });
  const bind = { [config.as]: after };
  if (run.dryRun) {
    const before = record ? recordView(record) : null;
    return {
      skipped: true,
      output: { dryRun: true, wouldWrite: { table: table.name, op: record ? "update" : "insert", before, after } },
      bind,
    };
  }
  emitRunEvent(run, record ? "record.updated" : "record.created", { table: table.name, record: after });
  return { output: after, bind };
};
