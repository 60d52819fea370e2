import { DomainError } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { newRandomId } from "@/lib/ids";
import { toInvitation } from "./invitation-view";
import type { TCreateInvitationBody } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

export type CreateInvitationOptions = TCreateInvitationBody & {
  workspaceId: string;
  inviterId: string;
  origin: string;
};

/** An invitation link (160 random bits in its id) that lets one person join with `role` until it expires. */
export async function createInvitation({
  workspaceId,
  inviterId,
  email,
  role,
  expiresInDays,
  origin,
}: CreateInvitationOptions) {
  const db = getDb();
  const already = await db.member.findFirst({ where: { workspaceId, user: { email } }, select: { id: true } });
  if (already) throw new DomainError("conflict", `${email} is already a member of this workspace`);
  const row = await db.invitation.create({
    data: {
      id: newRandomId("inv", 32),
      workspaceId,
      inviterId,
      email,
      role,
      status: "pending",
      expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
    },
  });
  return toInvitation(row, origin);
}
