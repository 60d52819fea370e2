import { getDb } from "@/lib/db/client";
import { keepAnOwner, memberInWorkspace } from "./owner-guard";

/** Removes someone from the workspace (their account stays; the last owner cannot leave). */
export async function removeMember({ workspaceId, id }: { workspaceId: string; id: string }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const member = await memberInWorkspace(tx, workspaceId, id);
    if (member.role === "owner") await keepAnOwner(tx, workspaceId, id);
    await tx.member.delete({ where: { id } });
  });
}
