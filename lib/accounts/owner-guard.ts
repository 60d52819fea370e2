import { DomainError, notFound } from "@/lib/errors";
import type { TTx } from "@/lib/workspaces/bump-revision";

/** The member row inside the workspace (another workspace's member is "not found"). */
export async function memberInWorkspace(tx: TTx, workspaceId: string, id: string) {
  const member = await tx.member.findFirst({ where: { id, workspaceId } });
  if (!member) throw notFound("member");
  return member;
}

/** Refuses a change that would leave the workspace without an owner. */
export async function keepAnOwner(tx: TTx, workspaceId: string, leavingOwnerId: string): Promise<void> {
  const others = await tx.member.count({ where: { workspaceId, role: "owner", id: { not: leavingOwnerId } } });
  if (others === 0) throw new DomainError("conflict", "a workspace needs an owner: make someone else owner first");
}
