import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { listEventTypes } from "@/lib/webhooks/list-event-types";

export const GET = route("GET /event-types", async ({ workspaceId }) => {
  return json({ data: await listEventTypes({ workspaceId }) });
});
