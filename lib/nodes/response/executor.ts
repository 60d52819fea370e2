import type { TExecutor } from "@/lib/engine/context";
import type { ConfigOf } from "../define";
import type { responseNode } from "./definition";

export const responseExecutor: TExecutor<ConfigOf<typeof responseNode>> = async (ctx) => {
  const status = Number(await ctx.value("status"));
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new Error(`status must be a whole number from 100 to 599`);
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(await ctx.values("headers"))) {
    if (v !== undefined && v !== null) headers[k.toLowerCase()] = String(v);
  }
  const response = { status, headers, body: await ctx.value("body") };
  return { respond: response, output: response };
};
