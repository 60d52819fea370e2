import { personOf } from "@/lib/access/person-of";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { listWorkspaces } from "@/lib/accounts/list-workspaces";
import { switchWorkspace } from "@/lib/workspaces/switch-workspace";

export const GET = route("GET /workspaces", async ({ caller }) => {
  const { userId, workspaceId } = personOf(caller);
  return json({ workspaces: await listWorkspaces({ userId, currentId: workspaceId }) });
});

export const POST = route("POST /workspaces", async ({ caller, body }) => {
  const { userId, sessionId } = personOf(caller);
  const workspace = await createWorkspace({ name: body.name, ownerId: userId });
  await switchWorkspace({ sessionId, userId, workspaceId: workspace.id });
  return json({ ...workspace, role: "owner", isCurrent: true }, 201);
});
