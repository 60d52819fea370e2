import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { listEnvVars } from "@/lib/env/list-env-vars";

/** Names and update times only; values are never returned. */
export const GET = route("GET /env", async ({ workspaceId }) => {
  return json({ variables: await listEnvVars({ workspaceId }) });
});
