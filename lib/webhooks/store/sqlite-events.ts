import type Database from "better-sqlite3";
import { fanOut, type TEventBatch, type TSubscriptionTarget } from "../fan-out";

/**
 * Writes a run's events and their deliveries on the hot path's SQLite connection; called inside the run's
 * transaction, so they commit (or roll back) with its records.
 */
export function sqliteEventWriter(db: Database.Database): (batch: TEventBatch) => number {
  const subscriptions = db.prepare<[string], TSubscriptionTarget>(
    `SELECT id, events, retry_schedule AS schedule FROM webhook_subscriptions WHERE workspace_id = ? AND status = 'active'`,
  );
  const insertEvent = db.prepare(`INSERT INTO webhook_events (id, workspace_id, type, data, request_id, created_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const insertDelivery = db.prepare(
    `INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, status, attempts, next_attempt_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
  );
  return (batch) => {
    if (batch.events.length === 0) return 0;
    const { events, deliveries } = fanOut(batch, subscriptions.all(batch.workspaceId));
    for (const e of events) insertEvent.run(e.id, e.workspaceId, e.type, e.data, e.requestId, e.createdAt);
    for (const d of deliveries) insertDelivery.run(d.id, d.subscriptionId, d.eventId, d.eventType, d.nextAttemptAt, d.createdAt, d.createdAt);
    return deliveries.length;
  };
}
