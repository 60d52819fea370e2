import type { TExecutor } from "@/lib/engine/context";
import type { ConfigOf } from "../define";
import type { forEachNode } from "./definition";

export const forEachExecutor: TExecutor<ConfigOf<typeof forEachNode>> = async (ctx) => {
  const list = await ctx.value("list");
  // JSONata yields a lone item rather than a one-item list, and nothing rather than an empty one.
  const items = list === undefined || list === null ? [] : Array.isArray(list) ? list : [list];
  return { iterate: items, output: { count: items.length } };
};
