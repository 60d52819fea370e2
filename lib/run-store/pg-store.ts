import pg from "pg";
import { claimPgDeliveries, writePgEvents } from "@/lib/webhooks/store/pg-events";
import { pgDeliveryStore } from "@/lib/webhooks/store/pg-deliveries";
import { pgRecords } from "@/lib/records/pg-records";
import { pgGroupCommit } from "./pg-group-commit";
import { pgHeadReads } from "./pg-heads";
import { pgLogRow } from "./pg-text";
import {
  LOG_COLUMNS,
  LOG_RESULT_COLUMNS,
  logResultValues,
  logValues,
  type TRunStore,
  type TJobRow,
  type TRequestLogRow,
} from "./types";

// BIGINT columns come back as strings from pg; the few we read are epoch milliseconds, safe as numbers.
pg.types.setTypeParser(20, (v) => Number(v));

const placeholders = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(", ");
const LOG_INSERT = `INSERT INTO request_logs (${LOG_COLUMNS.join(", ")}) VALUES (${placeholders(LOG_COLUMNS.length)})`;
const LOG_UPDATE = `UPDATE request_logs SET ${LOG_RESULT_COLUMNS.map((c, i) => `${c} = $${i + 1}`).join(", ")} WHERE id = $${LOG_RESULT_COLUMNS.length + 1}`;
const JOB_COLUMNS = `id, endpoint_id AS "endpointId", workspace_id AS "workspaceId", version_id AS "versionId", request, attempts, max_attempts AS "maxAttempts"`;

type Client = pg.Pool | pg.PoolClient;

/** `poolSize`: the pool's connections (HOOKSTACK_PG_POOL_SIZE). */
export function openPgRunStore(url: string, o: { poolSize?: number } = {}): TRunStore {
  const poolSize = o.poolSize ?? 10;
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const records = pgRecords(pool);
  const commits = pgGroupCommit(pool, records.apply, poolSize);
  const heads = pgHeadReads(pool, poolSize);
  const insertLog = (c: Client, log: TRequestLogRow) =>
    c.query({ name: "hs_insert_log", text: LOG_INSERT, values: logValues(pgLogRow(log)) });
  const updateLog = (c: Client, log: TRequestLogRow) =>
    c.query({ name: "hs_update_log", text: LOG_UPDATE, values: [...logResultValues(pgLogRow(log)), log.id] });

  async function inTransaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const out = await fn(client);
      await client.query("COMMIT");
      return out;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  return {
    async ensureWorkspace(id, name) {
      await pool.query(
        `INSERT INTO workspaces (id, name, slug, revision) VALUES ($1, $2, $1, 0) ON CONFLICT (id) DO NOTHING`,
        [id, name],
      );
    },
    endpointHead: (id) => heads.submit(id),
    async versionGraph(id) {
      const { rows } = await pool.query({
        name: "hs_version",
        text: `SELECT graph FROM endpoint_versions WHERE id = $1`,
        values: [id],
      });
      return rows[0]?.graph;
    },
    async envVars(workspaceId) {
      return (await pool.query(`SELECT name, value FROM env_vars WHERE workspace_id = $1`, [workspaceId])).rows;
    },
    async tables(workspaceId) {
      return (await pool.query(`SELECT id, name, fields FROM data_tables WHERE workspace_id = $1`, [workspaceId])).rows;
    },
    async isUniqueValueTaken(tableId, field, value) {
      const { rowCount } = await pool.query({
        name: "hs_unique_taken",
        text: `SELECT 1 FROM record_unique_values WHERE table_id = $1 AND field = $2 AND value = $3`,
        values: [tableId, field, value],
      });
      return (rowCount ?? 0) > 0;
    },
    records: records.reader,
    commitRun: (c) => commits.submit(c),
    async insertLog(log) {
      await insertLog(pool, log);
    },
    async claimDedupeKey(c) {
      // One statement: insert, or take over an expired key or a stale pending one; otherwise nothing changes.
      const { rows } = await pool.query(
        `INSERT INTO dedupe_keys (endpoint_id, key, request_id, status, response, created_at, expires_at)
         VALUES ($1, $2, $3, 'pending', NULL, $4, $5)
         ON CONFLICT (endpoint_id, key) DO UPDATE SET request_id = EXCLUDED.request_id, status = 'pending',
           response = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
         WHERE dedupe_keys.expires_at <= $4 OR (dedupe_keys.status = 'pending' AND dedupe_keys.created_at < $6)
         RETURNING request_id`,
        [c.endpointId, c.key, c.requestId, c.now, c.expiresAt, c.staleBefore],
      );
      if (rows[0]?.request_id === c.requestId) return "claimed";
      const existing = await pool.query(
        `SELECT request_id AS "requestId", status, response, created_at AS "createdAt" FROM dedupe_keys WHERE endpoint_id = $1 AND key = $2`,
        [c.endpointId, c.key],
      );
      // Released between the two statements: the key is free again, so try once more.
      return existing.rows[0] ?? this.claimDedupeKey(c);
    },
    async getDedupeKey(endpointId, key, now) {
      const { rows } = await pool.query(
        `SELECT request_id AS "requestId", status, response, created_at AS "createdAt" FROM dedupe_keys WHERE endpoint_id = $1 AND key = $2 AND expires_at > $3`,
        [endpointId, key, now],
      );
      return rows[0];
    },
    async releaseDedupeKeys(endpointId, keys, requestId) {
      if (keys.length === 0) return;
      await pool.query(`DELETE FROM dedupe_keys WHERE endpoint_id = $1 AND key = ANY($2) AND request_id = $3`, [
        endpointId,
        keys,
        requestId,
      ]);
    },
    async enqueueJob(log, job) {
      await inTransaction(async (client) => {
        await insertLog(client, log);
        await client.query(
          `INSERT INTO jobs (id, endpoint_id, workspace_id, version_id, request, state, attempts, max_attempts, run_at)
           VALUES ($1, $2, $3, $4, $5, 'queued', $6, $7, $8)`,
          [
            job.id,
            job.endpointId,
            job.workspaceId,
            job.versionId,
            job.request,
            job.attempts,
            job.maxAttempts,
            job.runAt,
          ],
        );
      });
    },
    async claimJob(workerId, now, leaseMs) {
      // SKIP LOCKED: workers in several processes each take a different job, none waits on another's.
      return inTransaction(async (client) => {
        const { rows } = await client.query<TJobRow>(
          `SELECT ${JOB_COLUMNS} FROM jobs
            WHERE (state IN ('queued', 'retrying') AND run_at <= $1) OR (state = 'running' AND lease_until < $1)
            ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now],
        );
        const job = rows[0];
        if (!job) return undefined;
        await client.query(
          `UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = $1, locked_by = $2 WHERE id = $3`,
          [now + leaseMs, workerId, job.id],
        );
        await client.query(`UPDATE request_logs SET state = 'running', attempts = $1 WHERE id = $2`, [
          job.attempts + 1,
          job.id,
        ]);
        return { ...job, attempts: job.attempts + 1 };
      });
    },
    async failJob(f) {
      await inTransaction(async (client) => {
        await updateLog(client, f.log);
        await client.query(
          `UPDATE jobs SET state = $1, run_at = COALESCE($2, run_at), lease_until = NULL, locked_by = NULL, last_error = $3 WHERE id = $4`,
          [f.retryAt === null ? "failed" : "retrying", f.retryAt, f.error, f.jobId],
        );
        if (f.events) await writePgEvents(client, f.events);
      });
    },
    async retryJob(jobId, now) {
      return inTransaction(async (client) => {
        const { rowCount } = await client.query(
          `UPDATE jobs SET state = 'queued', run_at = $1, attempts = 0 WHERE id = $2 AND state IN ('failed', 'succeeded')`,
          [now, jobId],
        );
        if (!rowCount) return false;
        await client.query(`UPDATE request_logs SET state = 'queued', attempts = 0 WHERE id = $1`, [jobId]);
        return true;
      });
    },
    async setLogState(logId, state, attempts) {
      await pool.query(`UPDATE request_logs SET state = $1, attempts = $2 WHERE id = $3`, [state, attempts, logId]);
    },
    async writeStatements(statements) {
      if (statements.length === 0) return;
      await inTransaction(async (client) => {
        for (const s of statements) await client.query(s.sql, s.params);
      });
    },
    claimDeliveries: (claim) => claimPgDeliveries(pool, claim),
    deliveries: pgDeliveryStore(pool),
    async close() {
      await pool.end();
    },
  };
}
