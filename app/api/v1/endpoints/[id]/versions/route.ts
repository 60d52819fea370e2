import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { listVersions } from "@/lib/endpoints/list-versions";

export const GET = route("GET /endpoints/{id}/versions", async ({ params, workspaceId }) => {
  return json({ versions: await listVersions({ workspaceId, id: params.id }) });
});
