export type TDeliveryClaim = { workerId: string; now: number; leaseMs: number; limit: number };

/**
 * The one statement that leases up to `limit` due deliveries to `workerId`: pending ones whose time has come and
 * that no live worker holds (a lease past its time belongs to a worker that died). On PostgreSQL, SKIP LOCKED lets
 * several processes claim side by side without waiting on each other; SQLite runs the statement under its write lock.
 */
export function claimDeliveriesSql(
  provider: "sqlite" | "postgres",
  o: TDeliveryClaim,
): { sql: string; values: unknown[] } {
  if (provider === "postgres") {
    return {
      sql: `UPDATE webhook_deliveries SET lease_until = $1, locked_by = $2
             WHERE id IN (SELECT id FROM webhook_deliveries
                           WHERE status = 'pending' AND next_attempt_at <= $3 AND (lease_until IS NULL OR lease_until < $3)
                           ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED)
             RETURNING id`,
      values: [o.now + o.leaseMs, o.workerId, o.now, o.limit],
    };
  }
  return {
    sql: `UPDATE webhook_deliveries SET lease_until = ?, locked_by = ?
           WHERE id IN (SELECT id FROM webhook_deliveries
                         WHERE status = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)
                         ORDER BY next_attempt_at LIMIT ?)
           RETURNING id`,
    values: [o.now + o.leaseMs, o.workerId, o.now, o.now, o.limit],
  };
}
