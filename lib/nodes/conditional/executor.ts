import type { TExecutor } from "@/lib/engine/context";
import type { ConfigOf } from "../define";
import type { conditionalNode } from "./definition";
import { isTruthy } from "./truthy";

export const conditionalExecutor: TExecutor<ConfigOf<typeof conditionalNode>> = async (ctx) => {
  const result = isTruthy(await ctx.value("condition"));
  return { handle: result ? "true" : "false", output: result };
};
