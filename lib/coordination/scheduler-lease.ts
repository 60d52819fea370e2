import { randomUUID } from "node:crypto";
import os from "node:os";
import { getDb, type Db } from "@/lib/db/client";

/** This process's name in lease rows (several instances may share a host). */
export const PROCESS_HOLDER = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export type TakeLeaseOptions = {
  /** The work the lease is for, e.g. "retention-sweep". */
  name: string;
  ttlMs: number;
  holder?: string;
  now?: number;
  db?: Db;
};

/**
 * Takes or renews the named lease in one atomic upsert; true when this holder has it now. The holder renews it
 * each time it runs; another instance gets it only once it has run out (its holder stopped or died), so scheduled
 * work runs on one instance at a time, not on each.
 */
export async function takeLease(o: TakeLeaseOptions): Promise<boolean> {
  const db = o.db ?? getDb();
  const holder = o.holder ?? PROCESS_HOLDER;
  const now = o.now ?? Date.now();
  const expiresAt = now + o.ttlMs;
  const rows = await db.$queryRaw<{ holder: string }[]>`
    INSERT INTO scheduler_leases (name, holder, expires_at) VALUES (${o.name}, ${holder}, ${expiresAt})
    ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
     WHERE scheduler_leases.expires_at <= ${now} OR scheduler_leases.holder = ${holder}
    RETURNING holder`;
  return rows.length > 0;
}
