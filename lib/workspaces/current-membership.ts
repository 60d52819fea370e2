import { getDb } from "@/lib/db/client";

/**
 * The membership a signed-in person acts through: the session's chosen workspace while they still belong to it,
 * else their oldest membership (or none).
 */
export async function currentMembership(userId: string, preferredWorkspaceId: string | null | undefined) {
  const db = getDb();
  if (preferredWorkspaceId) {
    const member = await db.member.findUnique({
      where: { workspaceId_userId: { workspaceId: preferredWorkspaceId, userId } },
    });
    if (member) return member;
  }
  return db.member.findFirst({ where: { userId }, orderBy: { createdAt: "asc" } });
}
