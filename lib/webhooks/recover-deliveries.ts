import { getDb } from "@/lib/db/client";
import { getWebhookRow } from "./get-webhook";
import { deliveriesQueued } from "./wake";

export type RecoverDeliveriesOptions = { workspaceId: string; id: string; since: Date };

/** Svix's "recover": every failed delivery created since `since` is sent again. Answers how many. */
export async function recoverDeliveries({
  workspaceId,
  id,
  since,
}: RecoverDeliveriesOptions): Promise<{ recovered: number }> {
  await getWebhookRow({ workspaceId, id });
  const now = Date.now();
  const { count } = await getDb().webhookDelivery.updateMany({
    where: { subscriptionId: id, status: "failed", createdAt: { gte: since.getTime() } },
    data: { status: "pending", nextAttemptAt: now, lockedBy: null, leaseUntil: null, updatedAt: now },
  });
  if (count) deliveriesQueued();
  return { recovered: count };
}
