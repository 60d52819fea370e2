import { notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";

/**
 * A pending, unexpired invitation by its id (the link's proof), with its workspace's name and whether the email
 * already has an account. Anything else (unknown, used, revoked, expired) is "not found", saying nothing more.
 */
export async function getOpenInvitation(id: string) {
  const db = getDb();
  const row = await db.invitation.findUnique({ where: { id }, include: { workspace: { select: { name: true } } } });
  if (!row || row.status !== "pending" || row.expiresAt <= new Date())
    throw notFound("invitation (it may have expired or been used)");
  const hasAccount = !!(await db.user.findUnique({ where: { email: row.email }, select: { id: true } }));
  return {
    id: row.id,
    email: row.email,
    role: row.role ?? "viewer",
    workspaceId: row.workspaceId,
    workspaceName: row.workspace.name,
    hasAccount,
  };
}
