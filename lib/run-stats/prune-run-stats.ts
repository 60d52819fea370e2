import type { Db } from "@/lib/db/client";
import { STAT_STEPS_MS } from "./run-stats-buffer";

const DAY = 86_400_000;
/** How long each step's rows are kept: a day past the chart that reads them, and hours for a month. */
const KEEP_MS: Record<(typeof STAT_STEPS_MS)[number], number> = {
  60_000: 2 * DAY,
  900_000: 8 * DAY,
  3_600_000: 35 * DAY,
};

/**
 * Deletes rollup rows no chart reads any more, and the rollup and failure rows of deleted endpoints (the history
 * rows go with their endpoint; these have no foreign key, so that a run finishing as its endpoint is deleted never
 * fails the rollup's write). The history's own retention deletes request_failures rows with their request.
 */
export async function pruneRunStats(db: Db, now = Date.now()): Promise<number> {
  const expired = await db.runStat.deleteMany({
    where: { OR: STAT_STEPS_MS.map((stepMs) => ({ stepMs, startAt: { lt: BigInt(now - KEEP_MS[stepMs]) } })) },
  });
  const orphans = await db.$executeRawUnsafe(
    `DELETE FROM run_stats WHERE endpoint_id NOT IN (SELECT id FROM endpoints)`,
  );
  const orphanFailures = await db.$executeRawUnsafe(
    `DELETE FROM request_failures WHERE endpoint_id NOT IN (SELECT id FROM endpoints)`,
  );
  return expired.count + orphans + orphanFailures;
}
