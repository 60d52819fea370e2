import { getAuth } from "@/lib/auth/auth";
import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { currentMembership } from "@/lib/workspaces/current-membership";
import { ZRole, type TRole, type TScope } from "./scopes";

/** Who is calling: a signed-in person (in their current workspace, if any) or a workspace's API key. */
export type TCaller =
  | {
      kind: "person";
      userId: string;
      name: string;
      email: string;
      sessionId: string;
      workspaceId: string | null;
      role: TRole | null;
    }
  | { kind: "key"; keyId: string; keyName: string; workspaceId: string; scopes: TScope[] };

export function bearerToken(headers: Headers): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match?.[1];
}

/** Resolves the caller from `Authorization: Bearer` (an API key) or else the session cookie; null when neither is valid. */
export async function resolveCaller(headers: Headers): Promise<TCaller | null> {
  const token = bearerToken(headers);
  if (token !== undefined) {
    const key = await verifyApiKey(token);
    return key
      ? { kind: "key", keyId: key.id, keyName: key.name, workspaceId: key.workspaceId, scopes: key.scopes }
      : null;
  }
  const found = await getAuth().api.getSession({ headers });
  if (!found) return null;
  const { session, user } = found;
  // The organization plugin's name for the session's workspace (stored in the active_workspace_id column).
  const member = await currentMembership(user.id, session.activeOrganizationId);
  const role = member ? ZRole.safeParse(member.role) : undefined;
  return {
    kind: "person",
    userId: user.id,
    name: user.name,
    email: user.email,
    sessionId: session.id,
    workspaceId: member?.workspaceId ?? null,
    role: role?.success ? role.data : null,
  };
}

/** Who did it, as a version or an audit line names them: the person's name, or the API key's. */
export function callerLabel(caller: TCaller | null): string | undefined {
  if (!caller) return undefined;
  return caller.kind === "person" ? caller.name || caller.email : `API key "${caller.keyName}"`;
}
