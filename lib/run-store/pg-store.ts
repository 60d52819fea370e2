import pg from "pg";
import { claimPgDeliveries, writePgEvents } from "@/lib/webhooks/store/pg-events";
import { pgDeliveryStore } from "@/lib/webhooks/store/pg-deliveries";
import { RecordConflict } from "@/lib/records/conflict";
import { pgRecords } from "@/lib/records/pg-records";
import {
  LOG_COLUMNS,
  LOG_RESULT_COLUMNS,
  logResultValues,
  logValues,
  uniqueConflictMessage,
  LEASE_LOST,
  LeaseLost,
  type TRunStore,
  type TJobRow,
  type TRequestLogRow,
} from "./types";

const UNIQUE_VIOLATION = "23505";

// BIGINT columns come back as strings from pg; the few we read are epoch milliseconds, safe as numbers.
pg.types.setTypeParser(20, (v) => Number(v));

const placeholders = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(", ");
const LOG_INSERT = `INSERT INTO request_logs (${LOG_COLUMNS.join(", ")}) VALUES (${placeholders(LOG_COLUMNS.length)})`;
const LOG_UPDATE = `UPDATE request_logs SET ${LOG_RESULT_COLUMNS.map((c, i) => `${c} = $${i + 1}`).join(", ")} WHERE id = $${LOG_RESULT_COLUMNS.length + 1}`;
const JOB_COLUMNS = `id, endpoint_id AS "endpointId", workspace_id AS "workspaceId", version_id AS "versionId", request, attempts, max_attempts AS "maxAttempts"`;

type Client = pg.Pool | pg.PoolClient;

export function openPgRunStore(url: string): TRunStore {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const records = pgRecords(pool);
  const insertLog = (c: Client, log: TRequestLogRow) =>
    c.query({ name: "hs_insert_log", text: LOG_INSERT, values: logValues(log) });
  const updateLog = (c: Client, log: TRequestLogRow) =>
    c.query({ name: "hs_update_log", text: LOG_UPDATE, values: [...logResultValues(log), log.id] });

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
    async endpointHead(id) {
      const { rows } = await pool.query({
        name: "hs_endpoint_head",
        text: `SELECT e.id, e.workspace_id AS "workspaceId", e.enabled, e.published_version_id AS "publishedVersionId",
                      e.settings, w.revision AS "workspaceRevision"
                 FROM endpoints e JOIN workspaces w ON w.id = e.workspace_id WHERE e.id = $1`,
        values: [id],
      });
      return rows[0];
    },
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
    async commitRun(c) {
      try {
        const deliveries = await inTransaction(async (client) => {
          if (c.logMode === "insert") await insertLog(client, c.log);
          else await updateLog(client, c.log);
          const inserts = c.records.filter((r) => r.op === "insert");
          if (inserts.length) {
            // All of the run's new records in one round trip.
            await client.query({
              name: "hs_insert_records",
              text: `INSERT INTO data_records (id, table_id, data, request_id, created_at)
                     SELECT id, table_id, data, $4, created_at FROM unnest($1::text[], $2::text[], $3::text[], $5::bigint[]) AS r(id, table_id, data, created_at)`,
              values: [
                inserts.map((r) => r.id),
                inserts.map((r) => r.tableId),
                inserts.map((r) => JSON.stringify(r.data)),
                c.log.id,
                inserts.map((r) => r.createdAt),
              ],
            });
          }
          for (const r of c.records) await records.apply(client, r);
          for (const key of c.dedupe?.keys ?? []) {
            await client.query(
              `UPDATE dedupe_keys SET status = 'done', response = $1 WHERE endpoint_id = $2 AND key = $3 AND request_id = $4`,
              [c.dedupe!.response, c.log.endpointId, key, c.log.id],
            );
          }
          if (c.job) {
            const done = await client.query(
              `UPDATE jobs SET state = 'succeeded', lease_until = NULL, locked_by = NULL, last_error = NULL WHERE id = $1 AND locked_by = $2`,
              [c.job.id, c.job.workerId],
            );
            if (!done.rowCount) throw new LeaseLost();
          }
          return c.events ? await writePgEvents(client, c.events) : 0;
        });
        return { ok: true, deliveries };
      } catch (err) {
        if (err instanceof LeaseLost) return { ok: false, message: LEASE_LOST };
        if (err instanceof RecordConflict) return { ok: false, message: err.message, retry: true };
        if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
        return { ok: false, message: uniqueConflictMessage(c.records), retry: true };
      }
    },
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
    claimDeliveries: (claim) => claimPgDeliveries(pool, claim),
    deliveries: pgDeliveryStore(pool),
    async close() {
      await pool.end();
    },
  };
}
