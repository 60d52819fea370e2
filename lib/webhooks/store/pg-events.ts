import type pg from "pg";
import { claimDeliveriesSql, type TDeliveryClaim } from "../delivery/claim-sql";
import { fanOut, type TDeliveryRow, type TEventBatch, type TEventRow, type TSubscriptionTarget } from "../fan-out";

/** Event rows as the `unnest` arrays of an insert: id, workspace, type, data, request, created. */
const eventArrays = (events: TEventRow[]) => [
  events.map((e) => e.id),
  events.map((e) => e.workspaceId),
  events.map((e) => e.type),
  events.map((e) => e.data),
  events.map((e) => e.requestId),
  events.map((e) => e.createdAt),
];

/** Delivery rows as the `unnest` arrays of an insert: id, subscription, event, type, due, created. */
const deliveryArrays = (deliveries: TDeliveryRow[]) => [
  deliveries.map((d) => d.id),
  deliveries.map((d) => d.subscriptionId),
  deliveries.map((d) => d.eventId),
  deliveries.map((d) => d.eventType),
  deliveries.map((d) => d.nextAttemptAt),
  deliveries.map((d) => d.createdAt),
];

/**
 * Writes a run's events and their deliveries inside the run's PostgreSQL transaction (`client` is in it). The
 * targets are read FOR KEY SHARE (the lock the deliveries' foreign key takes anyway, taken at the read): a
 * subscription being deleted is then either waited for and skipped, or deleted after this run's deliveries,
 * never between the read and the insert (which failed the run's commit with a foreign-key violation).
 */
export async function writePgEvents(client: pg.PoolClient, batch: TEventBatch): Promise<number> {
  if (batch.events.length === 0) return 0;
  const { rows } = await client.query({
    name: "hs_webhook_targets",
    text: `SELECT id, events, retry_schedule AS schedule FROM webhook_subscriptions WHERE workspace_id = $1 AND status = 'active' FOR KEY SHARE`,
    values: [batch.workspaceId],
  });
  const { events, deliveries } = fanOut(batch, rows);
  await client.query({
    name: "hs_insert_events",
    text: `INSERT INTO webhook_events (id, workspace_id, type, data, request_id, created_at)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])`,
    values: eventArrays(events),
  });
  if (deliveries.length) {
    await client.query({
      name: "hs_insert_deliveries",
      text: `INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, status, attempts, next_attempt_at, created_at, updated_at)
             SELECT id, sid, eid, etype, 'pending', 0, due, created, created
               FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[]) AS d(id, sid, eid, etype, due, created)`,
      values: deliveryArrays(deliveries),
    });
  }
  return deliveries.length;
}

/**
 * The rows the event batches of several runs write (their caller inserts them), with the targets of all their
 * workspaces read in one query, FOR KEY SHARE as above; `counts[i]` counts batch i's deliveries, `targets` the
 * active subscriptions read.
 */
export async function fanOutPgBatches(
  client: pg.PoolClient,
  batches: TEventBatch[],
): Promise<{ events: TEventRow[]; deliveries: TDeliveryRow[]; counts: number[]; targets: number }> {
  const out = { events: [] as TEventRow[], deliveries: [] as TDeliveryRow[], counts: [] as number[], targets: 0 };
  const workspaces = [...new Set(batches.filter((b) => b.events.length).map((b) => b.workspaceId))];
  if (!workspaces.length) return { ...out, counts: batches.map(() => 0) };
  const { rows } = await client.query<TSubscriptionTarget & { workspaceId: string }>({
    name: "hs_webhook_targets_any",
    text: `SELECT id, workspace_id AS "workspaceId", events, retry_schedule AS schedule FROM webhook_subscriptions
            WHERE workspace_id = ANY($1) AND status = 'active' ORDER BY id FOR KEY SHARE`,
    values: [workspaces],
  });
  out.targets = rows.length;
  for (const batch of batches) {
    const { events, deliveries } = fanOut(
      batch,
      rows.filter((t) => t.workspaceId === batch.workspaceId),
    );
    out.events.push(...events);
    out.deliveries.push(...deliveries);
    out.counts.push(deliveries.length);
  }
  return out;
}

/** The delivery worker's claim (lib/webhooks/delivery/claim-deliveries.ts) on the hot path's pool. */
export async function claimPgDeliveries(pool: pg.Pool, claim: TDeliveryClaim): Promise<string[]> {
  const { sql, values } = claimDeliveriesSql("postgres", claim);
  const { rows } = await pool.query<{ id: string }>({ name: "hs_claim_deliveries", text: sql, values });
  return rows.map((r) => r.id);
}
