import type { TExecutor } from "@/lib/engine/context";
import { findTarget, whenMissing } from "@/lib/records/find-target";
import { recordView } from "@/lib/records/session";
import type { ConfigOf } from "../define";
import type { getRecordNode } from "./definition";

export const getRecordExecutor: TExecutor<ConfigOf<typeof getRecordNode>> = async (ctx) => {
  const target = await findTarget(ctx);
  if (!target.record) whenMissing(ctx, target);
  const record = target.record ? recordView(target.record) : null;
  return { output: record, bind: { [ctx.config.as]: record } };
};
