import { notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { presentAttempt, presentDelivery, type TAttemptView, type TDeliveryView } from "./delivery-view";
import { getWebhookRow } from "./get-webhook";
import { deliveryBody } from "./signing";

export type GetDeliveryOptions = { workspaceId: string; id: string; deliveryId: string };

export type TDeliveryDetail = TDeliveryView & { request: { url: string; body: string }; attemptLog: TAttemptView[] };

/** One delivery with what was sent and every attempt, oldest first (the attempt timeline). */
export async function getDelivery({ workspaceId, id, deliveryId }: GetDeliveryOptions): Promise<TDeliveryDetail> {
  const sub = await getWebhookRow({ workspaceId, id });
  const db = getDb();
  const delivery = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, subscriptionId: id },
    include: { attemptLog: { orderBy: { attemptedAt: "asc" } } },
  });
  if (!delivery) throw notFound(`delivery ${deliveryId}`);
  const event = await db.webhookEvent.findUnique({ where: { id: delivery.eventId } });
  const body = event
    ? deliveryBody({ id: event.id, type: event.type, createdAt: Number(event.createdAt), data: event.data })
    : "";
  return {
    ...presentDelivery(delivery),
    request: { url: sub.url, body },
    attemptLog: delivery.attemptLog.map(presentAttempt),
  };
}
