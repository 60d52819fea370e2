import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { redeliver } from "@/lib/webhooks/redeliver";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** Queues the delivery for an attempt now; the worker sends it within moments. */
export const POST = withApi<{ id: string; deliveryId: string }>(async (_req, { params }) => {
  return json(await redeliver({ workspaceId: await currentWorkspaceId(), ...params }), 202);
});
