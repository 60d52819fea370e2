import type { TExecutor } from "@/lib/engine/context";
import { emitRunEvent } from "@/lib/engine/events";
import { EVENT_TYPE } from "@/lib/engine/events";
import type { ConfigOf } from "../define";
import type { emitEventNode } from "./definition";

/** An event's data is delivered to every subscriber on every retry: kept well below a request body. */
export const MAX_EVENT_DATA_BYTES = 256 * 1024;

export const emitEventExecutor: TExecutor<ConfigOf<typeof emitEventNode>> = async (ctx) => {
  const type = await ctx.value("type");
  if (typeof type !== "string" || !EVENT_TYPE.test(type)) {
    throw new Error(
      `the event type must be a name like 'order.paid' (letters, digits, . _ -), not ${JSON.stringify(type)}`,
    );
  }
  const data = (await ctx.value("data")) ?? null;
  const text = JSON.stringify(data);
  if (text === undefined) throw new Error("the event data cannot be sent as JSON");
  if (Buffer.byteLength(text) > MAX_EVENT_DATA_BYTES)
    throw new Error(`the event data is larger than ${MAX_EVENT_DATA_BYTES} bytes`);
  if (ctx.run.dryRun) {
    return {
      skipped: true,
      output: { dryRun: true, wouldEmit: { type, data } },
      bind: { [ctx.config.as]: { id: null, type } },
    };
  }
  const event = emitRunEvent(ctx.run, type, JSON.parse(text));
  const stored = { id: event.id, type };
  return { output: { ...stored, data }, bind: { [ctx.config.as]: stored } };
};
