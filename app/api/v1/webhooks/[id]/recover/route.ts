import { readJson } from "@/lib/api/read-json";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { recoverDeliveries } from "@/lib/webhooks/recover-deliveries";
import { ZRecoverBody } from "@/lib/webhooks/routes";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** `{ since }` → `{ recovered }`: every failed delivery created since then is sent again. */
export const POST = withApi<{ id: string }>(async (req, { params }) => {
  const { since } = await readJson(req, ZRecoverBody);
  return json(await recoverDeliveries({ workspaceId: await currentWorkspaceId(), id: params.id, since: new Date(since) }));
});
