import { getDb } from "@/lib/db/client";
import { toInvitation } from "./invitation-view";

/** Pending invitations, expired ones included (shown as expired so an owner can revoke or re-invite). */
export async function listInvitations({ workspaceId, origin }: { workspaceId: string; origin: string }) {
  const rows = await getDb().invitation.findMany({
    where: { workspaceId, status: "pending" },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => toInvitation(row, origin));
}
