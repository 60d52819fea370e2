import { acceptInvitation } from "@/lib/accounts/accept-invitation";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { withCookies } from "@/lib/api/with-cookies";
import { signInCookies } from "@/lib/auth/sign-in-cookies";
import { switchWorkspace } from "@/lib/workspaces/switch-workspace";

/** The invitation's id is the proof. New people send `{ name, password }` and are signed in; others sign in first. */
export const POST = route("POST /invitations/{invitationId}/accept", async ({ req, params, caller, body }) => {
  const person = caller?.kind === "person" ? caller : undefined;
  const joined = await acceptInvitation({
    id: params.invitationId,
    ...body,
    signedIn: person && { userId: person.userId, email: person.email },
  });
  if (person)
    await switchWorkspace({ sessionId: person.sessionId, userId: person.userId, workspaceId: joined.workspaceId });
  const cookies = joined.isNewAccount ? await signInCookies(joined.email, body.password!, req.headers) : [];
  return withCookies(json({ workspaceId: joined.workspaceId }), cookies);
});
