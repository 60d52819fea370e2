import { notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { presentDelivery, type TDeliveryView } from "./delivery-view";
import { getWebhookRow } from "./get-webhook";
import { deliveriesQueued } from "./wake";

export type RedeliverOptions = { workspaceId: string; id: string; deliveryId: string };

/**
 * Sends a delivery again now, whatever its state (same event id, so receivers can tell it is the same event).
 * It gets one more attempt; retries after that continue from where its schedule was.
 */
export async function redeliver({ workspaceId, id, deliveryId }: RedeliverOptions): Promise<TDeliveryView> {
  await getWebhookRow({ workspaceId, id });
  const now = Date.now();
  const db = getDb();
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, subscriptionId: id },
    data: { status: "pending", nextAttemptAt: now, lockedBy: null, leaseUntil: null, updatedAt: now },
  });
  if (count === 0) throw notFound(`delivery ${deliveryId}`);
  deliveriesQueued();
  return presentDelivery(await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } }));
}
