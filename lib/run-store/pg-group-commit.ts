import type pg from "pg";
import { RecordConflict } from "@/lib/records/conflict";
import { pgRunCommitter, type TApply } from "./pg-commit";
import { Batcher } from "./batcher";
import { LEASE_LOST, LeaseLost, uniqueConflictMessage, type TCommitResult, type TRunCommit } from "./types";

const UNIQUE_VIOLATION = "23505";

type TCommitRuns = ReturnType<typeof pgRunCommitter>;

/** Most runs one transaction writes: bounds its statement's size and how long its rows stay locked. */
const MAX_BATCH = 64;

/**
 * Batches written at once: a quarter of the pool, so reads (endpoint heads, records, dedupe keys) always find a
 * connection, and enough in flight that one slow commit does not hold every run back.
 */
export const commitsInFlight = (poolSize: number) => Math.max(1, Math.floor(poolSize / 4));

/** One run's commit on its own, with the outcome each failure has always meant for that run. */
async function commitOne(commit: TCommitRuns, c: TRunCommit): Promise<TCommitResult> {
  try {
    const [deliveries] = await commit([c]);
    return { ok: true, deliveries: deliveries! };
  } catch (err) {
    if (err instanceof LeaseLost) return { ok: false, message: LEASE_LOST };
    if (err instanceof RecordConflict) return { ok: false, message: err.message, retry: true };
    if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
    return { ok: false, message: uniqueConflictMessage(c.records), retry: true };
  }
}

/** The PostgreSQL store's commitRun: runs finishing together are committed together (lib/run-store/batcher.ts). */
export function pgGroupCommit(pool: pg.Pool, apply: TApply, poolSize: number) {
  const commit = pgRunCommitter(pool, apply);
  return new Batcher<TRunCommit, TCommitResult>(
    {
      batch: async (runs) => (await commit(runs)).map((deliveries) => ({ ok: true, deliveries })),
      one: (c) => commitOne(commit, c),
    },
    { maxInFlight: commitsInFlight(poolSize), maxBatch: MAX_BATCH },
  );
}
