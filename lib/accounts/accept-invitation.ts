import { DomainError, badRequest, notFound } from "@/lib/errors";
import { createPasswordUser } from "@/lib/auth/create-password-user";
import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { getOpenInvitation } from "./get-invitation";

export type AcceptInvitationOptions = {
  id: string;
  name?: string;
  password?: string;
  /** The signed-in person, if any: someone who already has an account joins as themselves. */
  signedIn?: { userId: string; email: string };
};

/**
 * Joins the invitation's workspace with its role. A new person sets a name and password (their account is created
 * with the invitation's email); someone with an account must be signed in as that email. The link works once.
 */
export async function acceptInvitation({ id, name, password, signedIn }: AcceptInvitationOptions) {
  const invitation = await getOpenInvitation(id);
  let userId: string;
  if (invitation.hasAccount) {
    if (signedIn?.email !== invitation.email) {
      throw new DomainError(
        "unauthorized",
        `${invitation.email} already has an account: sign in as ${invitation.email}, then open the link again`,
      );
    }
    userId = signedIn.userId;
  } else {
    const missing = [
      !name && { path: "name", message: "name is required" },
      !password && { path: "password", message: "password is required" },
    ].filter((e) => !!e);
    if (missing.length) throw badRequest(missing);
    userId = await createPasswordUser({ name: name!, email: invitation.email, password: password! });
  }
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id, status: "pending" },
      data: { status: "accepted" },
    });
    if (count === 0) throw notFound("invitation (it may have expired or been used)");
    const key = { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } };
    await tx.member.upsert({
      where: key,
      update: {},
      create: { id: newId("mem"), workspaceId: invitation.workspaceId, userId, role: invitation.role },
    });
  });
  return { userId, email: invitation.email, workspaceId: invitation.workspaceId, isNewAccount: !invitation.hasAccount };
}
