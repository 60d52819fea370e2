import type { TExecutor } from "@/lib/engine/context";
import type { ConfigOf } from "../define";
import type { switchNode } from "./definition";

/** Equality as JSONata's `=` means it for values, extended to lists and objects by content. */
function isEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export const switchExecutor: TExecutor<ConfigOf<typeof switchNode>> = async (ctx) => {
  const value = await ctx.value("value");
  const cases = await ctx.values("cases");
  // Object key order is the order the cases were written in: case names never look like array indexes.
  for (const [name, caseValue] of Object.entries(cases)) {
    if (isEqual(value, caseValue)) return { handle: name, output: { value, case: name } };
  }
  return { handle: "default", output: { value, case: "default" } };
};
