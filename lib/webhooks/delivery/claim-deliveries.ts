import { getDb } from "@/lib/db/client";
import { databaseUrl, providerOf } from "@/lib/db/database-url";

/**
 * Leases up to `limit` due deliveries to `workerId` in one statement: pending ones whose time has come and that no
 * live worker holds (a lease past its time belongs to a worker that died). On PostgreSQL, SKIP LOCKED lets several
 * processes claim side by side without waiting on each other; SQLite runs the statement under its write lock.
 */
export async function claimDeliveries(o: { workerId: string; now: number; leaseMs: number; limit: number }): Promise<string[]> {
  const isPg = providerOf(databaseUrl()) === "postgres";
  const sql = isPg
    ? `UPDATE webhook_deliveries SET lease_until = $1, locked_by = $2
        WHERE id IN (SELECT id FROM webhook_deliveries
                      WHERE status = 'pending' AND next_attempt_at <= $3 AND (lease_until IS NULL OR lease_until < $3)
                      ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED)
        RETURNING id`
    : `UPDATE webhook_deliveries SET lease_until = ?, locked_by = ?
        WHERE id IN (SELECT id FROM webhook_deliveries
                      WHERE status = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)
                      ORDER BY next_attempt_at LIMIT ?)
        RETURNING id`;
  const values = isPg ? [o.now + o.leaseMs, o.workerId, o.now, o.limit] : [o.now + o.leaseMs, o.workerId, o.now, o.now, o.limit];
  const rows = await getDb().$queryRawUnsafe<{ id: string }[]>(sql, ...values);
  return rows.map((r) => r.id);
}
