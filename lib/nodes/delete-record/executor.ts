import type { TExecutor } from "@/lib/engine/context";
import { emitRunEvent } from "@/lib/engine/events";
import { findTarget, whenMissing } from "@/lib/records/find-target";
import { recordSession, recordView } from "@/lib/records/session";
import type { ConfigOf } from "../define";
import type { deleteRecordNode } from "./definition";

export const deleteRecordExecutor: TExecutor<ConfigOf<typeof deleteRecordNode>> = async (ctx) => {
  const { config, run } = ctx;
  const target = await findTarget(ctx);
  if (!target.record) {
    whenMissing(ctx, target);
    return { output: null, bind: { [config.as]: null } };
  }
  recordSession(run).delete(target.table, target.record);
  const deleted = recordView(target.record);
  const bind = { [config.as]: deleted };
  if (run.dryRun)
    return {
      skipped: true,
      output: { dryRun: true, wouldDelete: { table: target.table.name, record: deleted } },
      bind,
    };
  emitRunEvent(run, "record.deleted", { table: target.table.name, record: deleted });
  return { output: deleted, bind };
};
