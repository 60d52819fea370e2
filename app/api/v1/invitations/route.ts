import { createInvitation } from "@/lib/accounts/create-invitation";
import { listInvitations } from "@/lib/accounts/list-invitations";
import { personOf } from "@/lib/access/person-of";
import { requestOrigin } from "@/lib/http/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";

export const GET = route("GET /invitations", async ({ req, workspaceId }) => {
  return json({ invitations: await listInvitations({ workspaceId, origin: requestOrigin(req) }) });
});

/** `{ email, role, expiresInDays? }` → the invitation with its `url`: copy it to the invitee (no email is sent). */
export const POST = route("POST /invitations", async ({ req, caller, workspaceId, body }) => {
  const invitation = await createInvitation({
    ...body,
    workspaceId,
    inviterId: personOf(caller).userId,
    origin: requestOrigin(req),
  });
  return json(invitation, 201);
});
