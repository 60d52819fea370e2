import type { TExecutor } from "@/lib/engine/context";
import type { ConfigOf } from "../define";
import type { setVariableNode } from "./definition";

export const setVariableExecutor: TExecutor<ConfigOf<typeof setVariableNode>> = async (ctx) => {
  const value = await ctx.value("value");
  return { output: value, bind: { [ctx.config.name]: value } };
};
