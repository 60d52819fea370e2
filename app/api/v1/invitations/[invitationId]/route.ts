import { revokeInvitation } from "@/lib/accounts/revoke-invitation";
import { noContent } from "@/lib/api/respond";
import { route } from "@/lib/api/route";

export const DELETE = route("DELETE /invitations/{invitationId}", async ({ params, workspaceId }) => {
  await revokeInvitation({ workspaceId, id: params.invitationId });
  return noContent();
});
