import type { TExecutor } from "@/lib/engine/context";
import { NodeHalt } from "@/lib/engine/errors";
import { isTruthy } from "../conditional/truthy";
import type { ConfigOf } from "../define";
import type { preconditionNode } from "./definition";

/** Xano's precondition: a failed check is an error of the run (its writes are dropped), answered as chosen. */
export const preconditionExecutor: TExecutor<ConfigOf<typeof preconditionNode>> = async (ctx) => {
  if (isTruthy(await ctx.value("condition"))) return { output: true };
  const status = Number(await ctx.value("status"));
  if (!Number.isInteger(status) || status < 100 || status > 599)
    throw new Error("status must be a whole number from 100 to 599");
  const message = String((await ctx.value("message")) ?? "precondition failed");
  const body = await ctx.value("body");
  throw new NodeHalt(status, message, undefined, undefined, body === undefined ? undefined : { body });
};
