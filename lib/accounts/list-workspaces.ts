import type { TWorkspaceOut } from "@/lib/accounts/schemas";
import { ZRole } from "@/lib/access/scopes";
import { getDb } from "@/lib/db/client";

/** The workspaces a person belongs to, oldest membership first, with their role and which one is current. */
export async function listWorkspaces({
  userId,
  currentId,
}: {
  userId: string;
  currentId: string | null;
}): Promise<TWorkspaceOut[]> {
  const members = await getDb().member.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { workspace: { select: { id: true, name: true } } },
  });
  return members.map((m) => ({
    id: m.workspace.id,
    name: m.workspace.name,
    role: ZRole.parse(m.role),
    isCurrent: m.workspaceId === currentId,
  }));
}
