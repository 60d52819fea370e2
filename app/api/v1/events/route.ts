import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { listEvents } from "@/lib/webhooks/list-events";

/** `?type=&limit=&cursor=` → `{ data, nextCursor }`, newest first. */
export const GET = route("GET /events", async ({ workspaceId, query }) => {
  return json(await listEvents({ workspaceId, query }));
});
