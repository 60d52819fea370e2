import { readJson } from "@/lib/api/read-json";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { ZCreateWebhook } from "@/lib/webhooks/schemas";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

export const GET = withApi(async () => {
  return json({ data: await listWebhooks({ workspaceId: await currentWorkspaceId() }) });
});

/** The answer carries the secret: the only time it is shown (besides rotation). */
export const POST = withApi(async (req) => {
  const input = await readJson(req, ZCreateWebhook);
  return json(await createWebhook({ workspaceId: await currentWorkspaceId(), input }), 201);
});
