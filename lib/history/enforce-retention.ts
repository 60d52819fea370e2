import { serverConfig, type TServerConfig } from "@/lib/config";
import { getDb, type Db } from "@/lib/db/client";
import { parseSettings } from "@/lib/settings/endpoint-settings";
import { ACTIVE_STATES, retentionPolicy, type TRetentionPolicy } from "./retention-policy";

export type EnforceRetentionOptions = {
  db?: Db;
  config?: Pick<TServerConfig, "HOOKSTACK_RETENTION_DAYS" | "HOOKSTACK_RETENTION_COUNT">;
  now?: number;
  /** Rows deleted per statement, so one sweep never holds a long write lock (SQLite has one writer). */
  batchSize?: number;
};

export type TRetentionResult = { endpoints: number; deleted: number };

/** The request-log ids one endpoint's policy lets go, oldest first, at most `take`; active runs are never among them. */
async function expiredIds(db: Db, endpointId: string, policy: TRetentionPolicy, take: number): Promise<string[]> {
  // The newest `keep` rows stay whatever their age; the boundary is the first row past them.
  const boundary = await db.requestLog.findFirst({
    where: { endpointId },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    skip: policy.keep,
    select: { receivedAt: true, id: true },
  });
  const tooOld = { receivedAt: { lt: BigInt(policy.olderThan) } };
  const beyondCount = boundary
    ? [{ receivedAt: { lt: boundary.receivedAt } }, { receivedAt: boundary.receivedAt, id: { lte: boundary.id } }]
    : [];
  const rows = await db.requestLog.findMany({
    where: { endpointId, state: { notIn: [...ACTIVE_STATES] }, OR: [tooOld, ...beyondCount] },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/**
 * Deletes request history past each endpoint's retention (days and count), with the background jobs of those
 * requests. Queued, running and retrying requests are kept whatever their age. Safe to run from several server
 * processes at once: each delete is idempotent.
 */
export async function enforceRetention(o: EnforceRetentionOptions = {}): Promise<TRetentionResult> {
  const db = o.db ?? getDb();
  const config = o.config ?? serverConfig();
  const now = o.now ?? Date.now();
  const batchSize = o.batchSize ?? 500;
  const endpoints = await db.endpoint.findMany({ select: { id: true, settings: true } });
  let deleted = 0;
  for (const endpoint of endpoints) {
    const policy = retentionPolicy(parseSettings(endpoint.settings), config, now);
    for (;;) {
      const ids = await expiredIds(db, endpoint.id, policy, batchSize);
      if (ids.length === 0) break;
      // A job shares its request's id; only finished ones are here (active states were filtered out above).
      await db.$transaction([
        db.job.deleteMany({ where: { id: { in: ids }, state: { notIn: [...ACTIVE_STATES] } } }),
        db.requestLog.deleteMany({ where: { id: { in: ids }, state: { notIn: [...ACTIVE_STATES] } } }),
        db.requestFailure.deleteMany({ where: { id: { in: ids } } }),
      ]);
      deleted += ids.length;
      if (ids.length < batchSize) break;
    }
  }
  return { endpoints: endpoints.length, deleted };
}
