import { getDb } from "@/lib/db/client";
import { logError } from "@/lib/log";
import { getWebhookRow } from "./get-webhook";
import { DELETED_STATUS, purgeWebhook } from "./purge-webhook";

export type DeleteWebhookOptions = { workspaceId: string; id: string };

/**
 * Deletes the subscription with its deliveries and their attempts (the events stay: other subscriptions may have
 * them). One cascading DELETE raced the delivery worker's writes (deadlocks on PostgreSQL while deliveries were in
 * flight), so the subscription is first marked deleted in a statement of its own: from then on it is gone for the
 * API, gets no new deliveries and the worker sends none of its own; then its rows are purged in batches. A purge
 * that fails here is finished by the retention sweeper; the delete has taken effect either way.
 */
export async function deleteWebhook({ workspaceId, id }: DeleteWebhookOptions): Promise<void> {
  await getWebhookRow({ workspaceId, id });
  await getDb().webhookSubscription.updateMany({
    where: { id, workspaceId },
    data: { status: DELETED_STATUS, updatedAt: Date.now() },
  });
  try {
    await purgeWebhook({ id });
  } catch (err) {
    logError(`webhook ${id} is deleted; purging its deliveries failed (the retention sweeper will finish it)`, err);
  }
}
