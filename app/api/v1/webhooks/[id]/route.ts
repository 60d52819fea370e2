import { readJson } from "@/lib/api/read-json";
import { json, noContent } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { getWebhookRow } from "@/lib/webhooks/get-webhook";
import { ZUpdateWebhook } from "@/lib/webhooks/schemas";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import { presentWebhook } from "@/lib/webhooks/webhook-view";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

type P = { id: string };

export const GET = withApi<P>(async (_req, { params }) => {
  return json(presentWebhook(await getWebhookRow({ workspaceId: await currentWorkspaceId(), id: params.id })));
});

export const PATCH = withApi<P>(async (req, { params }) => {
  const input = await readJson(req, ZUpdateWebhook);
  return json(await updateWebhook({ workspaceId: await currentWorkspaceId(), id: params.id, input }));
});

export const DELETE = withApi<P>(async (_req, { params }) => {
  await deleteWebhook({ workspaceId: await currentWorkspaceId(), id: params.id });
  return noContent();
});
