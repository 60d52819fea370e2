import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { recoverDeliveries } from "@/lib/webhooks/recover-deliveries";

/** `{ since }` → `{ recovered }`: every failed delivery created since then is sent again. */
export const POST = route("POST /webhooks/{id}/recover", async ({ params, workspaceId, body }) => {
  return json(await recoverDeliveries({ workspaceId, id: params.id, since: new Date(body.since) }));
});
