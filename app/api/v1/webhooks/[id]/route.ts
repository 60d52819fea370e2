import { json, noContent } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { getWebhookRow } from "@/lib/webhooks/get-webhook";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import { presentWebhook } from "@/lib/webhooks/webhook-view";

export const GET = route("GET /webhooks/{id}", async ({ params, workspaceId }) => {
  return json(presentWebhook(await getWebhookRow({ workspaceId, id: params.id })));
});

export const PATCH = route("PATCH /webhooks/{id}", async ({ params, workspaceId, body }) => {
  return json(await updateWebhook({ workspaceId, id: params.id, input: body }));
});

export const DELETE = route("DELETE /webhooks/{id}", async ({ params, workspaceId }) => {
  await deleteWebhook({ workspaceId, id: params.id });
  return noContent();
});
