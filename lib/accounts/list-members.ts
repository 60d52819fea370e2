import { getDb } from "@/lib/db/client";
import { MEMBER_INCLUDE, toMember } from "./member-view";

export async function listMembers({ workspaceId }: { workspaceId: string }) {
  const rows = await getDb().member.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    include: MEMBER_INCLUDE,
  });
  return rows.map(toMember);
}
