import type { TPlan } from "@/lib/engine/plan";
import type { TRequestInfo } from "@/lib/engine/types";
import { DEFAULT_TOKEN_NAME } from "@/lib/nodes/verify-token/definition";

const values = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * The values a request presents to the plan's `verifyToken` checks (a `?token=` or a custom header), so the history
 * masks them by value wherever they appear: in the stored query and headers, the trace and error messages. Header
 * values are masked with and without their scheme ("Bearer abc" and "abc").
 */
export function presentedTokens(plan: TPlan, request: TRequestInfo): string[] {
  const out: string[] = [];
  for (const node of plan.nodes.values()) {
    if (node.type !== "verifyToken") continue;
    const given = (node.config.name as string | undefined)?.trim();
    if (node.config.source === "query") out.push(...values(request.query[given || DEFAULT_TOKEN_NAME.query]));
    else {
      const name = node.config.source === "basic" ? "authorization" : given?.toLowerCase() || DEFAULT_TOKEN_NAME.header;
      const value = Object.hasOwn(request.headers, name) ? request.headers[name] : undefined;
      if (value !== undefined) out.push(value, value.replace(/^\S+\s+/, ""));
    }
  }
  return out;
}
