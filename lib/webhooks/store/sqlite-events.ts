import type Database from "better-sqlite3";
import { sqliteMultiRowInserter } from "@/lib/db/sqlite-multi-row";
import { claimDeliveriesSql, type TDeliveryClaim } from "../delivery/claim-sql";
import { fanOut, type TEventBatch, type TSubscriptionTarget } from "../fan-out";

const EVENT_COLUMNS = ["id", "workspace_id", "type", "data", "request_id", "created_at"];
const DELIVERY_COLUMNS = [
  "id",
  "subscription_id",
  "event_id",
  "event_type",
  "status",
  "attempts",
  "next_attempt_at",
  "created_at",
  "updated_at",
];

/**
 * Writes a run's events and their deliveries on the hot path's SQLite connection; called inside the run's
 * transaction, so they commit (or roll back) with its records. Returns the number of deliveries queued.
 *
 * `version` is SQLite's data_version read inside the same transaction: it moves whenever another connection (the
 * management API, a delivery worker) has committed, so a workspace's active subscriptions are read once per
 * version instead of once per run, and never miss a subscription committed before this transaction began.
 */
export function sqliteEventWriter(db: Database.Database): (batch: TEventBatch, version: unknown) => number {
  const subscriptions = db.prepare<[string], TSubscriptionTarget>(
    `SELECT id, events, retry_schedule AS schedule FROM webhook_subscriptions WHERE workspace_id = ? AND status = 'active'`,
  );
  const insertEvents = sqliteMultiRowInserter(db, "webhook_events", EVENT_COLUMNS);
  const insertDeliveries = sqliteMultiRowInserter(db, "webhook_deliveries", DELIVERY_COLUMNS);
  const targets = new Map<string, TSubscriptionTarget[]>();
  let targetsVersion: unknown;
  const targetsOf = (workspaceId: string, now: unknown) => {
    if (now !== targetsVersion || targets.size > 1_000) {
      targets.clear();
      targetsVersion = now;
    }
    let found = targets.get(workspaceId);
    if (!found) targets.set(workspaceId, (found = subscriptions.all(workspaceId)));
    return found;
  };

  return (batch, version) => {
    if (batch.events.length === 0) return 0;
    const subscribed = targetsOf(batch.workspaceId, version);
    const values: unknown[] = [];
    if (subscribed.length === 0) {
      // The usual case: events kept for GET /events, nothing to deliver.
      for (const e of batch.events)
        values.push(e.id, batch.workspaceId, e.type, JSON.stringify(e.data ?? null), batch.requestId, e.createdAt);
      insertEvents(values);
      return 0;
    }
    const { events, deliveries } = fanOut(batch, subscribed);
    for (const e of events) values.push(e.id, e.workspaceId, e.type, e.data, e.requestId, e.createdAt);
    insertEvents(values);
    const rows: unknown[] = [];
    for (const d of deliveries)
      rows.push(
        d.id,
        d.subscriptionId,
        d.eventId,
        d.eventType,
        "pending",
        0,
        d.nextAttemptAt,
        d.createdAt,
        d.createdAt,
      );
    insertDeliveries(rows);
    return deliveries.length;
  };
}

/** The delivery worker's claim (lib/webhooks/delivery/claim-deliveries.ts) as one prepared statement on this connection. */
export function sqliteDeliveryClaimer(db: Database.Database): (claim: TDeliveryClaim) => Promise<string[]> {
  const statement = db
    .prepare(claimDeliveriesSql("sqlite", { workerId: "", now: 0, leaseMs: 0, limit: 0 }).sql)
    .pluck();
  return async (claim) => statement.all(...claimDeliveriesSql("sqlite", claim).values) as string[];
}
