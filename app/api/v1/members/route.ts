import { listMembers } from "@/lib/accounts/list-members";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";

export const GET = route("GET /members", async ({ workspaceId }) =>
  json({ members: await listMembers({ workspaceId }) }),
);
