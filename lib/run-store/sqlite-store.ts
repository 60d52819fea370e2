import { RecordConflict } from "@/lib/records/conflict";
import { sqliteRecords } from "@/lib/records/sqlite-records";
import { openSqliteConnection } from "./sqlite-connection";
import { sqliteRecordRowsInserter } from "./sqlite-record-rows";
import { sqliteStatementWriter } from "./sqlite-statements";
import { sqliteDeliveryClaimer, sqliteEventWriter } from "@/lib/webhooks/store/sqlite-events";
import { sqliteDeliveryStore } from "@/lib/webhooks/store/sqlite-deliveries";
import {
  LOG_COLUMNS,
  LOG_RESULT_COLUMNS,
  logResultValues,
  logValues,
  uniqueConflictMessage,
  LEASE_LOST,
  LeaseLost,
  type TDedupeRow,
  type TEndpointHead,
  type TRunStore,
  type TJobRow,
  type TRequestLogRow,
  type TCommitResult,
  type TRunCommit,
} from "./types";

/** Rows per multi-row INSERT of records (5 values each: far below SQLite's limit on bound values). */

const sqlValue = (v: unknown) => (typeof v === "boolean" ? Number(v) : v);

export function openSqliteRunStore(url: string, synchronous: "FULL" | "NORMAL" = "FULL"): TRunStore {
  const { db, settle, close } = openSqliteConnection(url, synchronous);

  const q = {
    head: db.prepare<
      [string],
      {
        id: string;
        workspaceId: string;
        enabled: number;
        publishedVersionId: string | null;
        settings: string;
        workspaceRevision: number;
      }
    >(
      `SELECT e.id, e.workspace_id AS workspaceId, e.enabled, e.published_version_id AS publishedVersionId, e.settings,
              w.revision AS workspaceRevision
         FROM endpoints e JOIN workspaces w ON w.id = e.workspace_id WHERE e.id = ?`,
    ),
    version: db.prepare<[string], { graph: string }>(`SELECT graph FROM endpoint_versions WHERE id = ?`),
    env: db.prepare<[string], { name: string; value: string }>(
      `SELECT name, value FROM env_vars WHERE workspace_id = ?`,
    ),
    tables: db.prepare<[string], { id: string; name: string; fields: string }>(
      `SELECT id, name, fields FROM data_tables WHERE workspace_id = ?`,
    ),
    taken: db.prepare(`SELECT 1 FROM record_unique_values WHERE table_id = ? AND field = ? AND value = ?`),
    insertLog: db.prepare(
      `INSERT INTO request_logs (${LOG_COLUMNS.join(", ")}) VALUES (${LOG_COLUMNS.map(() => "?").join(", ")})`,
    ),
    updateLog: db.prepare(
      `UPDATE request_logs SET ${LOG_RESULT_COLUMNS.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`,
    ),
    logState: db.prepare(`UPDATE request_logs SET state = ?, attempts = ? WHERE id = ?`),
    getKey: db.prepare<[string, string], TDedupeRow & { expiresAt: number }>(
      `SELECT request_id AS requestId, status, response, expires_at AS expiresAt, created_at AS createdAt
         FROM dedupe_keys WHERE endpoint_id = ? AND key = ?`,
    ),
    putKey: db.prepare(
      `INSERT INTO dedupe_keys (endpoint_id, key, request_id, status, response, created_at, expires_at)
       VALUES (?, ?, ?, 'pending', NULL, ?, ?)
       ON CONFLICT (endpoint_id, key) DO UPDATE SET request_id = excluded.request_id, status = 'pending',
         response = NULL, created_at = excluded.created_at, expires_at = excluded.expires_at`,
    ),
    doneKey: db.prepare(
      `UPDATE dedupe_keys SET status = 'done', response = ? WHERE endpoint_id = ? AND key = ? AND request_id = ?`,
    ),
    dropKey: db.prepare(`DELETE FROM dedupe_keys WHERE endpoint_id = ? AND key = ? AND request_id = ?`),
    insertJob: db.prepare(
      `INSERT INTO jobs (id, endpoint_id, workspace_id, version_id, request, state, attempts, max_attempts, run_at)
       VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?)`,
    ),
    nextJob: db.prepare<[number, number], TJobRow>(
      `SELECT id, endpoint_id AS endpointId, workspace_id AS workspaceId, version_id AS versionId, request, attempts,
              max_attempts AS maxAttempts
         FROM jobs
        WHERE (state IN ('queued', 'retrying') AND run_at <= ?) OR (state = 'running' AND lease_until < ?)
        ORDER BY run_at LIMIT 1`,
    ),
    leaseJob: db.prepare(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = ?, locked_by = ? WHERE id = ?`,
    ),
    doneJob: db.prepare(
      `UPDATE jobs SET state = 'succeeded', lease_until = NULL, locked_by = NULL, last_error = NULL WHERE id = ? AND locked_by = ?`,
    ),
    failJob: db.prepare(
      `UPDATE jobs SET state = ?, run_at = COALESCE(?, run_at), lease_until = NULL, locked_by = NULL, last_error = ? WHERE id = ?`,
    ),
    retryJob: db.prepare(
      `UPDATE jobs SET state = 'queued', run_at = ?, attempts = 0 WHERE id = ? AND state IN ('failed', 'succeeded')`,
    ),
  };

  // Endpoint heads are read on every request but change only through the management API, which writes on another
  // connection (the UI process, or another instance): SQLite's data_version moves exactly when another connection
  // commits, so a head read since the last such commit is still current. This connection never writes endpoints.
  // The version is read once per event-loop turn (it costs a statement): a request read in a later turn, such as
  // one sent after the management API answered, always sees the change.
  const dataVersion = db.prepare("PRAGMA data_version").pluck();
  const heads = new Map<string, TEndpointHead | undefined>();
  let headsVersion: unknown;
  let checkedThisTurn = false;
  const endpointHead = (id: string): TEndpointHead | undefined => {
    if (!checkedThisTurn) {
      checkedThisTurn = true;
      setImmediate(() => (checkedThisTurn = false));
      const version = dataVersion.get();
      if (version !== headsVersion || heads.size > 10_000) {
        heads.clear();
        headsVersion = version;
      }
    }
    if (heads.has(id)) return heads.get(id);
    const row = q.head.get(id);
    const head = row && { ...row, enabled: row.enabled === 1 };
    heads.set(id, head);
    return head;
  };

  const records = sqliteRecords(db);
  const insertLog = (log: TRequestLogRow) => q.insertLog.run(...logValues(log).map(sqlValue));
  const writeEvents = sqliteEventWriter(db);
  const claimDeliveries = sqliteDeliveryClaimer(db);

  const insertRecords = sqliteRecordRowsInserter(db);

  // One run's writes; its new records' values are added to `inserts`, for insertRecords. Returns the deliveries queued.
  const applyRun = (c: TRunCommit, inserts: unknown[], version: unknown): number => {
    if (c.logMode === "insert") insertLog(c.log);
    else q.updateLog.run(...logResultValues(c.log).map(sqlValue), c.log.id);
    for (const r of c.records) {
      if (r.op === "insert") inserts.push(r.id, r.tableId, JSON.stringify(r.data), c.log.id, r.createdAt);
      records.apply(r);
    }
    for (const key of c.dedupe?.keys ?? []) q.doneKey.run(c.dedupe!.response, c.log.endpointId, key, c.log.id);
    if (c.job && q.doneJob.run(c.job.id, c.job.workerId).changes === 0) throw new LeaseLost();
    return c.events ? writeEvents(c.events, version) : 0;
  };

  // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read lock.
  const commitBatch = db.transaction((batch: TRunCommit[]): number[] => {
    const inserts: unknown[] = [];
    // Read under the write lock: what other connections committed before it (webhook subscriptions) is seen.
    const version = dataVersion.get();
    const deliveries = batch.map((c) => applyRun(c, inserts, version));
    insertRecords(inserts);
    return deliveries;
  }).immediate;

  const outcome = (c: TRunCommit): TCommitResult => {
    try {
      return { ok: true, deliveries: commitBatch([c])[0]! };
    } catch (err) {
      if (err instanceof LeaseLost) return { ok: false, message: LEASE_LOST };
      if (err instanceof RecordConflict) return { ok: false, message: err.message, retry: true };
      if ((err as { code?: string }).code === "SQLITE_CONSTRAINT_PRIMARYKEY")
        return { ok: false, message: uniqueConflictMessage(c.records), retry: true };
      throw err;
    }
  };

  // Group commit: the runs that finish in the same turn of the event loop share one transaction, so SQLite
  // writes each touched page once per batch instead of once per run. Every run still waits for its commit. If the
  // batch fails (a unique value taken, a lost lease), it is rolled back whole and each run is committed on its own,
  // so one run's conflict never costs another run its writes.
  let pending: { commit: TRunCommit; resolve: (r: TCommitResult) => void; reject: (e: unknown) => void }[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    try {
      const deliveries = commitBatch(batch.map((p) => p.commit));
      batch.forEach((p, i) => p.resolve({ ok: true, deliveries: deliveries[i]! }));
      return;
    } catch {
      // fall through: one at a time
    }
    for (const p of batch) {
      try {
        p.resolve(outcome(p.commit));
      } catch (err) {
        p.reject(err);
      }
    }
  };

  const claimKey = db.transaction((c: Parameters<TRunStore["claimDedupeKey"]>[0]): "claimed" | TDedupeRow => {
    const row = q.getKey.get(c.endpointId, c.key);
    const free = !row || row.expiresAt <= c.now || (row.status === "pending" && row.createdAt < c.staleBefore);
    if (!free)
      return { requestId: row.requestId, status: row.status, response: row.response, createdAt: row.createdAt };
    q.putKey.run(c.endpointId, c.key, c.requestId, c.now, c.expiresAt);
    return "claimed";
  }).immediate;

  const writeStatements = sqliteStatementWriter(db);
  const claimJob = db.transaction((workerId: string, now: number, leaseMs: number) => {
    const job = q.nextJob.get(now, now);
    if (!job) return undefined;
    q.leaseJob.run(now + leaseMs, workerId, job.id);
    q.logState.run("running", job.attempts + 1, job.id);
    return { ...job, attempts: job.attempts + 1 };
  }).immediate;

  const enqueue = db.transaction((log: TRequestLogRow, job: Parameters<TRunStore["enqueueJob"]>[1]) => {
    insertLog(log);
    q.insertJob.run(
      job.id,
      job.endpointId,
      job.workspaceId,
      job.versionId,
      job.request,
      job.attempts,
      job.maxAttempts,
      job.runAt,
    );
  }).immediate;

  const fail = db.transaction((f: Parameters<TRunStore["failJob"]>[0]) => {
    q.updateLog.run(...logResultValues(f.log).map(sqlValue), f.log.id);
    q.failJob.run(f.retryAt === null ? "failed" : "retrying", f.retryAt, f.error, f.jobId);
    if (f.events) writeEvents(f.events, dataVersion.get());
  }).immediate;

  const insertWorkspace = db.prepare(
    `INSERT INTO workspaces (id, name, slug, revision, created_at) VALUES (?, ?, ?, 0, ?) ON CONFLICT (id) DO NOTHING`,
  );

  return {
    async ensureWorkspace(id, name) {
      insertWorkspace.run(id, name, id, new Date().toISOString());
    },
    async endpointHead(id) {
      return endpointHead(id);
    },
    async versionGraph(id) {
      return q.version.get(id)?.graph;
    },
    async envVars(workspaceId) {
      return q.env.all(workspaceId);
    },
    async tables(workspaceId) {
      return q.tables.all(workspaceId);
    },
    async isUniqueValueTaken(tableId, field, value) {
      return q.taken.get(tableId, field, value) !== undefined;
    },
    records: records.reader,
    commitRun(commit) {
      return new Promise<TCommitResult>((resolve, reject) => {
        if (pending.push({ commit, resolve, reject }) === 1) setImmediate(flush);
      }).then(settle);
    },
    async insertLog(log) {
      insertLog(log);
    },
    async claimDedupeKey(c) {
      return claimKey(c);
    },
    async getDedupeKey(endpointId, key, now) {
      const row = q.getKey.get(endpointId, key);
      return row && row.expiresAt > now
        ? { requestId: row.requestId, status: row.status, response: row.response, createdAt: row.createdAt }
        : undefined;
    },
    async releaseDedupeKeys(endpointId, keys, requestId) {
      for (const key of keys) q.dropKey.run(endpointId, key, requestId);
    },
    async enqueueJob(log, job) {
      enqueue(log, job);
      // The 202 promises the request is on disk.
      await settle(undefined);
    },
    async claimJob(workerId, now, leaseMs) {
      return claimJob(workerId, now, leaseMs);
    },
    async failJob(f) {
      fail(f);
    },
    async retryJob(jobId, now) {
      const changed = q.retryJob.run(now, jobId).changes > 0;
      if (changed) q.logState.run("queued", 0, jobId);
      return changed;
    },
    async setLogState(logId, state, attempts) {
      q.logState.run(state, attempts, logId);
    },
    writeStatements: async (statements) => writeStatements(statements),
    claimDeliveries,
    deliveries: sqliteDeliveryStore(db),
    close,
  };
}
