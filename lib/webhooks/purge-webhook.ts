import type { Prisma } from "@/generated/sqlite/client";
import { getDb, type Db } from "@/lib/db/client";

/** Stored status of a subscription being deleted: hidden everywhere, skipped by the worker, purged in batches. */
export const DELETED_STATUS = "deleted";

/**
 * Deletes deliveries with their attempts in one transaction. Attempts by hand: the hot path's SQLite connection does
 * not enforce foreign keys, so no cascade is relied on. `where` narrows further (retention keeps pending ones).
 */
export async function deleteDeliveries(db: Db, ids: string[], where: Prisma.WebhookDeliveryWhereInput = {}) {
  await db.$transaction([
    db.webhookAttempt.deleteMany({ where: { deliveryId: { in: ids }, delivery: where } }),
    db.webhookDelivery.deleteMany({ where: { id: { in: ids }, ...where } }),
  ]);
}

export type PurgeWebhookOptions = { id: string; db?: Db; batchSize?: number };

/**
 * Removes a subscription marked deleted: its deliveries (with their attempts) a batch per transaction, then its row.
 * Batches keep each transaction short (SQLite has one writer) and lock only delivery rows, never the subscription,
 * so they cannot deadlock with a worker recording an attempt (which takes the subscription's row before the
 * delivery's). The row goes last, once nothing refers to it. Idempotent: the retention sweeper finishes a purge
 * that was interrupted.
 */
export async function purgeWebhook({ id, db = getDb(), batchSize = 500 }: PurgeWebhookOptions): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = await db.webhookDelivery.findMany({
      where: { subscriptionId: id },
      select: { id: true },
      take: batchSize,
    });
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.id);
    await deleteDeliveries(db, ids);
    deleted += ids.length;
  }
  await db.webhookSubscription.deleteMany({ where: { id, status: DELETED_STATUS } });
  return deleted;
}
