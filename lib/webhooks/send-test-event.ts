import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { processDelivery, type TDeliveryDeps } from "./delivery/process-delivery";
import { DELIVERY_TIMEOUT_MS } from "./delivery/send-attempt";
import { getWebhookRow } from "./get-webhook";
import type { TDeliveryStatus } from "./schemas";

export type SendTestEventOptions = { workspaceId: string; id: string; deps: TDeliveryDeps };

export type TTestDelivery = {
  id: string;
  deliveryId: string;
  status: TDeliveryStatus;
  responseCode: number | null;
  responseBody: string;
  error: string | null;
};

/**
 * Sends a `webhook.test` event to one subscription now, as an ordinary delivery (logged, and retried per the
 * schedule if this first attempt fails), and answers how the first attempt went.
 */
export async function sendTestEvent({ workspaceId, id, deps }: SendTestEventOptions): Promise<TTestDelivery> {
  const sub = await getWebhookRow({ workspaceId, id });
  const now = deps.now();
  const eventId = newId("evt");
  const deliveryId = newId("dlv");
  // Leased to this call from the start, so no worker sends it at the same time.
  const holder = newId("test");
  const data = { subscriptionId: sub.id, message: "a test event from Hookstack" };
  const db = getDb();
  await db.$transaction([
    db.webhookEvent.create({
      data: { id: eventId, workspaceId, type: "webhook.test", data: JSON.stringify(data), createdAt: now },
    }),
    db.webhookDelivery.create({
      data: {
        id: deliveryId,
        subscriptionId: sub.id,
        eventId,
        eventType: "webhook.test",
        nextAttemptAt: now,
        lockedBy: holder,
        leaseUntil: now + (deps.timeoutMs ?? DELIVERY_TIMEOUT_MS) + 5_000,
        createdAt: now,
        updatedAt: now,
      },
    }),
  ]);
  const attempt = await processDelivery(deliveryId, holder, deps);
  const delivery = await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
  return {
    id: eventId,
    deliveryId,
    status: delivery.status === "delivered" ? "delivered" : "failed",
    responseCode: attempt?.responseCode ?? null,
    responseBody: attempt?.responseBody ?? "",
    error: attempt?.error ?? (sub.status === "active" ? null : `the webhook is ${sub.status}`),
  };
}
