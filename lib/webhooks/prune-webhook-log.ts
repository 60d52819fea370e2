import { getDb, type Db } from "@/lib/db/client";
import { deleteDeliveries, DELETED_STATUS, purgeWebhook } from "./purge-webhook";

const DAY_MS = 86_400_000;

export type PruneWebhookLogOptions = {
  db?: Db;
  now?: number;
  /** Delivered and failed deliveries created before `now` minus this many days go, with their attempts and events. */
  retentionDays: number;
  /** Rows deleted per transaction, so one sweep never holds a long write lock (SQLite has one writer). */
  batchSize?: number;
};

export type TPruneResult = { deliveries: number; events: number; subscriptions: number };

/**
 * The outbound-webhook part of the retention sweep. Pending deliveries are never deleted, nor the event of one;
 * an event goes once it is past the retention and no pending delivery needs it (a delivery is created with its
 * event's time, so the finished deliveries of an expired event have expired with it). Also finishes the purge of
 * subscriptions whose delete was interrupted. Idempotent, so several processes may run it at once.
 */
export async function pruneWebhookLog(o: PruneWebhookLogOptions): Promise<TPruneResult> {
  const db = o.db ?? getDb();
  const batchSize = o.batchSize ?? 500;
  const before = BigInt((o.now ?? Date.now()) - o.retentionDays * DAY_MS);
  const result: TPruneResult = { deliveries: 0, events: 0, subscriptions: 0 };

  const deleted = await db.webhookSubscription.findMany({ where: { status: DELETED_STATUS }, select: { id: true } });
  for (const { id } of deleted) {
    result.deliveries += await purgeWebhook({ id, db, batchSize });
    result.subscriptions++;
  }

  const finished = { status: { in: ["delivered", "failed"] }, createdAt: { lt: before } };
  for (;;) {
    const rows = await db.webhookDelivery.findMany({ where: finished, select: { id: true }, take: batchSize });
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.id);
    await deleteDeliveries(db, ids, { status: { in: ["delivered", "failed"] } });
    result.deliveries += ids.length;
  }

  for (;;) {
    // One statement per batch; the pending set is small and indexed (status, next_attempt_at), and is read once
    // per statement instead of probing deliveries by event (not indexed).
    const count = await db.$executeRaw`
      DELETE FROM webhook_events WHERE id IN (
        SELECT id FROM webhook_events
         WHERE created_at < ${before} AND id NOT IN (SELECT event_id FROM webhook_deliveries WHERE status = 'pending')
         LIMIT ${batchSize})`;
    result.events += count;
    if (count < batchSize) break;
  }
  return result;
}
