import { changeMemberRole } from "@/lib/accounts/change-member-role";
import { removeMember } from "@/lib/accounts/remove-member";
import { json, noContent } from "@/lib/api/respond";
import { route } from "@/lib/api/route";

export const PATCH = route("PATCH /members/{memberId}", async ({ params, workspaceId, body }) => {
  return json(await changeMemberRole({ workspaceId, id: params.memberId, role: body.role }));
});

export const DELETE = route("DELETE /members/{memberId}", async ({ params, workspaceId }) => {
  await removeMember({ workspaceId, id: params.memberId });
  return noContent();
});
