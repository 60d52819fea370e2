import type { TRole } from "@/lib/access/scopes";
import { getDb } from "@/lib/db/client";
import { MEMBER_INCLUDE, toMember } from "./member-view";
import { keepAnOwner, memberInWorkspace } from "./owner-guard";

export async function changeMemberRole({ workspaceId, id, role }: { workspaceId: string; id: string; role: TRole }) {
  return getDb().$transaction(async (tx) => {
    const member = await memberInWorkspace(tx, workspaceId, id);
    if (member.role === "owner" && role !== "owner") await keepAnOwner(tx, workspaceId, id);
    return toMember(await tx.member.update({ where: { id }, data: { role }, include: MEMBER_INCLUDE }));
  });
}
