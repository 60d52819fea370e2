import { notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";

/** The link stops working at once. Another workspace's invitation is "not found". */
export async function revokeInvitation({ workspaceId, id }: { workspaceId: string; id: string }): Promise<void> {
  const { count } = await getDb().invitation.updateMany({
    where: { id, workspaceId, status: "pending" },
    data: { status: "canceled" },
  });
  if (count === 0) throw notFound("invitation");
}
