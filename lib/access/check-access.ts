import { DomainError } from "@/lib/errors";
import type { TCaller } from "./caller";
import { roleCan, type TAccess } from "./scopes";

export const NO_IDENTITY = "sign in, or send an API key as Authorization: Bearer <key>";

/**
 * Decides whether `caller` may use a route: 401 without an identity, 403 for a scope or role missing in the
 * caller's own workspace. Ids in other workspaces are not checked here: the verbs look them up inside the caller's
 * workspace only, so they answer 404.
 */
export function checkAccess(caller: TCaller | null, access: TAccess): void {
  if (access === "public") return;
  if (!caller) throw new DomainError("unauthorized", NO_IDENTITY);
  if (access === "any") return;
  if (caller.kind === "key") {
    if (access === "signed-in" || "role" in access)
      throw new DomainError("forbidden", "API keys cannot manage workspaces, members or keys: sign in");
    if (!caller.scopes.includes(access.scope))
      throw new DomainError("forbidden", `this API key lacks the scope ${access.scope}`);
    return;
  }
  if (access === "signed-in") return;
  if (!caller.workspaceId || !caller.role) throw new DomainError("forbidden", "you are not a member of any workspace");
  if ("role" in access) {
    if (caller.role !== access.role) throw new DomainError("forbidden", `only a workspace ${access.role} may do this`);
    return;
  }
  if (!roleCan(caller.role, access.scope)) {
    throw new DomainError("forbidden", `a ${caller.role} cannot do this (it needs ${access.scope})`);
  }
}
