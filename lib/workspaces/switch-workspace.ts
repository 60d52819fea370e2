import { notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";

/** Makes `workspaceId` the session's current workspace; a workspace the person is not in is "not found". */
export async function switchWorkspace({
  sessionId,
  userId,
  workspaceId,
}: {
  sessionId: string;
  userId: string;
  workspaceId: string;
}) {
  const db = getDb();
  const member = await db.member.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { id: true },
  });
  if (!member) throw notFound("workspace");
  await db.session.update({ where: { id: sessionId }, data: { activeWorkspaceId: workspaceId } });
}
