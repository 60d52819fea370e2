import { noContent } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { switchWorkspace } from "@/lib/workspaces/switch-workspace";
import { personOf } from "@/lib/access/person-of";

export const PUT = route("PUT /session/workspace", async ({ caller, body }) => {
  const { sessionId, userId } = personOf(caller);
  await switchWorkspace({ sessionId, userId, workspaceId: body.workspaceId });
  return noContent();
});
