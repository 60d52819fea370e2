import { z } from "zod";

/** What an API key may do (CONTRACT.md "Access"); a role grants a set of them. */
export const SCOPES = [
  "endpoints:read",
  "endpoints:write",
  "tables:read",
  "tables:write",
  "env:read",
  "env:write",
  "webhooks:read",
  "webhooks:write",
] as const;
export const ZScope = z.enum(SCOPES);
export type TScope = z.infer<typeof ZScope>;

export const ROLES = ["owner", "editor", "viewer"] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

const READ_SCOPES = SCOPES.filter((s) => s.endsWith(":read"));

/**
 * owner: everything, members and keys; editor: build, test, publish, data; viewer: reads stacks, history and
 * records, changes nothing and runs nothing that writes or sends.
 */
export const ROLE_SCOPES: Record<TRole, readonly TScope[]> = {
  owner: SCOPES,
  editor: SCOPES,
  viewer: READ_SCOPES,
};

/**
 * Whether a role grants a scope: the one rule behind both the routes' access check and what pages offer (a viewer's
 * pages and editor show no control the server would refuse).
 */
export function roleCan(role: TRole, scope: TScope): boolean {
  return ROLE_SCOPES[role].includes(scope);
}

/** Parses a scope list as people type it: comma or space separated, `all` for every scope. */
export function parseScopes(text: string): TScope[] {
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.includes("all")) return [...SCOPES];
  const unknown = words.filter((w) => !ZScope.safeParse(w).success);
  if (unknown.length) throw new Error(`unknown scope ${unknown.join(", ")} (known: ${SCOPES.join(", ")}, all)`);
  if (!words.length) throw new Error("no scopes given");
  return [...new Set(words)] as TScope[];
}

/**
 * Who may call a route:
 * - `{ scope }`: a member whose role grants the scope, or an API key that has it;
 * - `{ role: "owner" }`: an owner of the current workspace, signed in (keys never manage members or keys);
 * - `"signed-in"`: any signed-in person (their own workspaces, whatever their role);
 * - `"any"`: any identity, person or key;
 * - `"public"`: no identity (first-start setup, accepting an invitation: the invitation's id is the proof).
 */
export type TAccess = { scope: TScope } | { role: "owner" } | "signed-in" | "any" | "public";
