import { z } from "zod";
import { ZPageQuery, pageOf } from "@/lib/db/pagination";
import { getDb } from "@/lib/db/client";
import { presentDelivery, type TDeliveryView } from "./delivery-view";
import { getWebhookRow } from "./get-webhook";

export const ZDeliveryQuery = ZPageQuery.extend({
  status: z.enum(["pending", "delivered", "failed"]).optional(),
  eventType: z.string().max(100).optional(),
});

export type ListDeliveriesOptions = { workspaceId: string; id: string; query: z.infer<typeof ZDeliveryQuery> };

/** A subscription's deliveries, newest first, optionally only one status or event type. */
export async function listDeliveries({
  workspaceId,
  id,
  query,
}: ListDeliveriesOptions): Promise<{ data: TDeliveryView[]; nextCursor: string | null }> {
  await getWebhookRow({ workspaceId, id });
  const rows = await getDb().webhookDelivery.findMany({
    where: {
      subscriptionId: id,
      ...(query.status && { status: query.status }),
      ...(query.eventType && { eventType: query.eventType }),
      ...(query.cursor && { id: { lt: query.cursor } }),
    },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  const page = pageOf(rows, query.limit);
  return { data: page.items.map(presentDelivery), nextCursor: page.nextCursor };
}
