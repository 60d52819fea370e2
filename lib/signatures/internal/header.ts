import type { TSchemeContext } from "../types";

/** A header's trimmed value; empty values count as absent. */
export function header(ctx: TSchemeContext, name: string): string | null {
  const value = ctx.headers[name.toLowerCase()]?.trim();
  return value ? value : null;
}

export const missing = (displayName: string): string => `missing ${displayName} header`;
