import type pg from "pg";
import { keyChanges } from "@/lib/records/index-key";
import { fanOutPgBatches } from "@/lib/webhooks/store/pg-events";
import { COMMIT_RUNS_SQL, commitRunsValues } from "./pg-commit-sql";
import { LeaseLost, type TRunCommit } from "./types";

const MAIN = "hs_commit_runs";

/** Writes one record change's row and keys in the run's transaction (lib/records/pg-records.ts). */
export type TApply = (client: pg.PoolClient, r: TRunCommit["records"][number]) => Promise<void>;

const hasEvents = (c: TRunCommit) => (c.events?.events.length ?? 0) > 0;

/** Whether a run writes more than the one statement does (record changes or keys, dedupe keys, a job). */
function hasRest(c: TRunCommit): boolean {
  return (
    c.records.some((r) => r.op !== "insert" || keyChanges(r).length > 0) ||
    (c.dedupe?.keys.length ?? 0) > 0 ||
    c.job !== undefined
  );
}

/** The rest of one run's commit, inside the transaction: record changes and keys, dedupe keys, its job. */
async function writeRest(client: pg.PoolClient, c: TRunCommit, apply: TApply): Promise<void> {
  for (const r of c.records) await apply(client, r);
  for (const key of c.dedupe?.keys ?? []) {
    await client.query({
      name: "hs_dedupe_done",
      text: `UPDATE dedupe_keys SET status = 'done', response = $1 WHERE endpoint_id = $2 AND key = $3 AND request_id = $4`,
      values: [c.dedupe!.response, c.log.endpointId, key, c.log.id],
    });
  }
  if (c.job) {
    const done = await client.query({
      name: "hs_job_done",
      text: `UPDATE jobs SET state = 'succeeded', lease_until = NULL, locked_by = NULL, last_error = NULL WHERE id = $1 AND locked_by = $2`,
      values: [c.job.id, c.job.workerId],
    });
    if (!done.rowCount) throw new LeaseLost();
  }
}

/**
 * Commits runs together, all or nothing. Runs that only add rows (history, records, events): one statement, when
 * their workspaces have no active webhook subscription. Otherwise one transaction: BEGIN, the webhook targets of
 * their events (one query, locked), the statement, each run's other writes, COMMIT. Returns each run's queued
 * deliveries; throws (LeaseLost, RecordConflict, a unique violation, …) having written nothing.
 */
export function pgRunCommitter(pool: pg.Pool, apply: TApply) {
  /** Workspaces whose last commit found active webhook subscriptions (bounded by the workspaces there are). */
  const subscribed = new Set<string>();
  return (runs: TRunCommit[]) => commitPgRuns(pool, apply, subscribed, runs);
}

async function commitPgRuns(
  pool: pg.Pool,
  apply: TApply,
  subscribed: Set<string>,
  runs: TRunCommit[],
): Promise<number[]> {
  const simple = !runs.some(hasRest);
  // A workspace seen with subscriptions goes straight to the transaction (a hint: the statement checks anyway).
  if (simple && !runs.some((c) => hasEvents(c) && subscribed.has(c.events!.workspaceId))) {
    const { rows } = await pool.query<{ ok: boolean }>({
      name: MAIN,
      text: COMMIT_RUNS_SQL,
      values: commitRunsValues(runs),
    });
    if (rows[0]!.ok) return runs.map(() => 0);
    for (const c of runs) if (hasEvents(c)) subscribed.add(c.events!.workspaceId);
  }
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const fan = await fanOutPgBatches(
      client,
      runs.map((c) => c.events ?? { workspaceId: c.log.workspaceId, requestId: c.log.id, events: [] }),
    );
    await client.query({ name: MAIN, text: COMMIT_RUNS_SQL, values: commitRunsValues(runs, fan) });
    for (const c of runs) if (hasRest(c)) await writeRest(client, c, apply);
    await client.query("COMMIT");
    if (fan.targets === 0) for (const c of runs) if (hasEvents(c)) subscribed.delete(c.events!.workspaceId);
    return fan.counts;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
