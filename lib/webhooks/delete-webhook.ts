import { getDb } from "@/lib/db/client";
import { getWebhookRow } from "./get-webhook";

export type DeleteWebhookOptions = { workspaceId: string; id: string };

/** Deletes the subscription with its deliveries and their attempts (the events stay: other subscriptions may have them). */
export async function deleteWebhook({ workspaceId, id }: DeleteWebhookOptions): Promise<void> {
  await getWebhookRow({ workspaceId, id });
  await getDb().webhookSubscription.delete({ where: { id } });
}
