/**
 * Group commit and batched endpoint heads against a real PostgreSQL database (skipped when none answers; CI has
 * one). A pool of 4 allows one commit in flight: runs submitted together are then written as one first run and
 * one batch of the rest, so each test knows which runs shared a transaction.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pgRecords } from "@/lib/records/pg-records";
import { requestLogRow } from "@/lib/runs/execute-run";
import { createPgDatabase, dropPgDatabase, postgresAvailable } from "@/tests/support/postgres";
import { pgGroupCommit } from "./pg-group-commit";
import { openPgRunStore } from "./pg-store";
import { LEASE_LOST, LOG_COLUMNS, LOG_FIELDS, uniqueConflictMessage, type TRunCommit } from "./types";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/postgres/migrations");
const DB = `hookstack_unit_group_commit_${process.pid}`;
const hasPostgres = await postgresAvailable();

let url: string;
let pool: pg.Pool;
let commits: ReturnType<typeof pgGroupCommit>;

beforeAll(async () => {
  if (!hasPostgres) return;
  url = await createPgDatabase(DB);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const m of readdirSync(MIGRATIONS)
    .filter((m) => !m.endsWith(".toml"))
    .sort()) {
    await admin.query(readFileSync(path.join(MIGRATIONS, m, "migration.sql"), "utf8"));
  }
  await admin.end();
});

afterAll(async () => {
  if (hasPostgres) await dropPgDatabase(DB);
});

beforeEach(async () => {
  if (!hasPostgres) return;
  pool = new pg.Pool({ connectionString: url, max: 4 });
  await pool.query(`TRUNCATE workspaces, request_logs, data_records, record_unique_values, jobs, dedupe_keys,
    webhook_events, webhook_deliveries, webhook_subscriptions CASCADE`);
  await pool.query(`INSERT INTO workspaces (id, name, slug, revision) VALUES ('ws_1', 'Default', 'ws_1', 0);
    INSERT INTO endpoints (id, workspace_id, name, draft_graph, published_version_id, updated_at)
    VALUES ('ep_1', 'ws_1', 'one', '{}', 'ver_1', now());
    INSERT INTO data_tables (id, workspace_id, name, fields) VALUES ('tbl_1', 'ws_1', 't', '[]')`);
  commits = pgGroupCommit(pool, pgRecords(pool).apply, 4);
});

afterEach(async () => {
  if (hasPostgres) await pool.end();
});

const run = (id: string, records = 1, extra: Partial<TRunCommit> = {}): TRunCommit => ({
  log: requestLogRow({
    id,
    endpointId: "ep_1",
    workspaceId: "ws_1",
    versionId: "ver_1",
    source: "live",
    request: {
      url: "",
      method: "POST",
      path: "/hooks/ep_1",
      query: {},
      headers: {},
      ip: "",
      receivedAt: new Date().toISOString(),
      body: "{}",
    },
    historyBytes: 1024,
    secrets: [],
  }),
  logMode: "insert",
  records: Array.from({ length: records }, (_, i) => ({
    op: "insert" as const,
    id: `rec_${id}_${i}`,
    tableId: "tbl_1",
    table: "t",
    data: { n: i },
    createdAt: i,
    unique: [],
    index: [],
  })),
  ...extra,
});

/** A run inserting one record whose unique field `email` holds `email`. */
const uniqueRun = (id: string, email: string) => {
  const r = run(id, 1);
  r.records[0]!.unique = [{ field: "email", value: JSON.stringify(email) }];
  return r;
};

const count = async (sql: string, values: unknown[] = []) => Number((await pool.query(sql, values)).rows[0].n);
const logIds = async () =>
  (await pool.query(`SELECT id FROM request_logs ORDER BY id`)).rows.map((r: { id: string }) => r.id);

describe.skipIf(!hasPostgres)("PostgreSQL group commit", () => {
  it("writes runs finishing together in one transaction, each with its own result", async () => {
    const runs = Array.from({ length: 20 }, (_, i) => run(`r${String(i).padStart(2, "0")}`, 10));
    const results = await Promise.all(runs.map((r) => commits.submit(r)));
    expect(results).toEqual(runs.map(() => ({ ok: true, deliveries: 0 })));
    expect(commits.stats).toMatchObject({ batches: 1, batchedItems: 19, singles: 1, fallbacks: 0 });
    expect(await logIds()).toEqual(runs.map((r) => r.log.id));
    expect(await count(`SELECT count(*) AS n FROM data_records WHERE request_id = 'r07'`)).toBe(10);
    expect(await count(`SELECT count(*) AS n FROM data_records`)).toBe(200);
  });

  it("stores every history field as the run gave it; text clipped mid-character gets U+FFFD", async () => {
    const queued = { ...run("h0", 0), log: { ...run("h0", 0).log, state: "queued" as const } };
    const tricky = `quote " backslash \\ newline \n tab \t unicode é 😀 nul-free`;
    const given = run("h1", 1);
    given.log = { ...given.log, headers: tricky, body: tricky, bodyTruncated: true, durationMs: 1.25, error: null };
    await Promise.all([commits.submit(queued), commits.submit(given)]);
    const finished = {
      ...queued.log,
      status: 201,
      responseBody: "clipped \ud83d",
      trace: tricky,
      state: "succeeded" as const,
    };
    await commits.submit({ ...run("h0", 0), log: finished, logMode: "update" });
    const rows = (await pool.query(`SELECT ${LOG_COLUMNS.join(", ")} FROM request_logs ORDER BY id`)).rows;
    const asRow = (log: TRunCommit["log"]) => Object.fromEntries(LOG_FIELDS.map((f, i) => [LOG_COLUMNS[i], log[f]]));
    expect(rows).toEqual([asRow({ ...finished, responseBody: "clipped \ufffd" }), asRow(given.log)]);
    expect((await pool.query(`SELECT data FROM data_records`)).rows).toEqual([{ data: '{"n":0}' }]);
  });

  it("on a unique conflict inside a batch, commits each run on its own: one wins, the other alone writes nothing", async () => {
    const results = await Promise.all(
      [run("a0"), uniqueRun("a1", "x@y"), run("a2"), uniqueRun("a3", "x@y"), run("a4")].map((r) => commits.submit(r)),
    );
    expect(commits.stats.fallbacks).toBe(1);
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    const loser = results.findIndex((r) => !r.ok);
    expect([1, 3]).toContain(loser);
    expect(results[loser]).toEqual({
      ok: false,
      retry: true,
      message: uniqueConflictMessage(uniqueRun("_", "").records),
    });
    const loserId = `a${loser}`;
    expect(await logIds()).toEqual(["a0", "a1", "a2", "a3", "a4"].filter((id) => id !== loserId));
    expect(await count(`SELECT count(*) AS n FROM data_records WHERE request_id = $1`, [loserId])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM record_unique_values`)).toBe(1);
  });

  it("a run whose job lease was lost gets LEASE_LOST and changes nothing; the runs batched with it commit", async () => {
    await pool.query(`INSERT INTO jobs (id, endpoint_id, workspace_id, version_id, request, state, attempts, run_at, locked_by)
      VALUES ('job_1', 'ep_1', 'ws_1', 'ver_1', '{}', 'running', 1, 0, 'worker_b')`);
    const queued = { ...run("job_1", 0).log, state: "running" as const };
    await pool.query(`INSERT INTO request_logs (id, endpoint_id, workspace_id, method, path, received_at, state)
      VALUES ('job_1', 'ep_1', 'ws_1', 'POST', '/hooks/ep_1', 0, 'running')`);
    const jobRun = run("job_1", 3, {
      logMode: "update",
      log: { ...queued, state: "succeeded", status: 200 },
      job: { id: "job_1", workerId: "worker_a" },
    });
    const results = await Promise.all([run("b0"), run("b1"), jobRun, run("b3")].map((r) => commits.submit(r)));
    expect(results).toEqual([
      { ok: true, deliveries: 0 },
      { ok: true, deliveries: 0 },
      { ok: false, message: LEASE_LOST },
      { ok: true, deliveries: 0 },
    ]);
    const row = (await pool.query(`SELECT state, status FROM request_logs WHERE id = 'job_1'`)).rows[0];
    expect(row).toEqual({ state: "running", status: null });
    expect(await count(`SELECT count(*) AS n FROM data_records WHERE request_id = 'job_1'`)).toBe(0);
    expect((await pool.query(`SELECT state FROM jobs WHERE id = 'job_1'`)).rows[0].state).toBe("running");

    // The lease holder's own commit marks the job done and rewrites its row.
    const held = await commits.submit({ ...jobRun, job: { id: "job_1", workerId: "worker_b" } });
    expect(held).toEqual({ ok: true, deliveries: 0 });
    expect((await pool.query(`SELECT state FROM jobs WHERE id = 'job_1'`)).rows[0].state).toBe("succeeded");
    expect((await pool.query(`SELECT state, status FROM request_logs WHERE id = 'job_1'`)).rows[0]).toEqual({
      state: "succeeded",
      status: 200,
    });
  });

  it("two runs updating the same record version in one batch: one commits, the other is told to retry", async () => {
    await pool.query(
      `INSERT INTO data_records (id, table_id, data, created_at, version) VALUES ('rec_x', 'tbl_1', '{"n":0}', 0, 1)`,
    );
    const update = (id: string, n: number) =>
      run(id, 0, {
        records: [
          {
            op: "update",
            id: "rec_x",
            tableId: "tbl_1",
            table: "t",
            data: { n },
            createdAt: 0,
            unique: [],
            index: [],
            base: { version: 1, unique: [], index: [] },
          },
        ],
      });
    const results = await Promise.all([run("c0"), update("c1", 1), update("c2", 2)].map((r) => commits.submit(r)));
    expect(results[0]).toEqual({ ok: true, deliveries: 0 });
    expect(results.slice(1).filter((r) => r.ok)).toHaveLength(1);
    expect(results.slice(1).find((r) => !r.ok)).toMatchObject({ ok: false, retry: true });
    const rec = (await pool.query(`SELECT data, version FROM data_records WHERE id = 'rec_x'`)).rows[0];
    expect(rec.version).toBe(2);
    const winner = results[1]!.ok ? "c1" : "c2";
    expect(JSON.parse(rec.data).n).toBe(winner === "c1" ? 1 : 2);
    expect(await logIds()).toEqual(["c0", winner]);
  });

  it("writes events (deliveries only to matching active subscriptions, counted per run) and marks dedupe keys done", async () => {
    const withEvents = (id: string, types: string[]) =>
      run(id, 1, {
        events: {
          workspaceId: "ws_1",
          requestId: id,
          events: types.map((type, i) => ({ id: `evt_${id}_${i}`, type, data: { i }, createdAt: 1000 })),
        },
      });
    // No subscription: one statement per batch, no deliveries.
    expect(
      await Promise.all(
        [withEvents("d0", ["order.paid"]), withEvents("d1", ["order.paid", "x.y"])].map((r) => commits.submit(r)),
      ),
    ).toEqual([
      { ok: true, deliveries: 0 },
      { ok: true, deliveries: 0 },
    ]);
    expect(await count(`SELECT count(*) AS n FROM webhook_events`)).toBe(3);

    await pool.query(`INSERT INTO webhook_subscriptions (id, workspace_id, url, events, secret, retry_schedule, created_at, updated_at)
      VALUES ('sub_1', 'ws_1', 'http://x', '["order.*"]', 's', '[5]', 0, 0)`);
    await pool.query(
      `INSERT INTO dedupe_keys (endpoint_id, key, request_id, status, created_at, expires_at) VALUES ('ep_1', 'k1', 'd3', 'pending', 0, 9e12)`,
    );
    const deduped = { ...withEvents("d3", ["order.paid"]), dedupe: { keys: ["k1"], response: '{"ok":1}' } };
    const results = await Promise.all(
      [withEvents("d2", ["order.paid", "x.y", "order.refunded"]), deduped, run("d4")].map((r) => commits.submit(r)),
    );
    expect(results).toEqual([
      { ok: true, deliveries: 2 },
      { ok: true, deliveries: 1 },
      { ok: true, deliveries: 0 },
    ]);
    const due = (await pool.query(`SELECT event_id, next_attempt_at FROM webhook_deliveries ORDER BY event_id`)).rows;
    expect(due).toEqual([
      { event_id: "evt_d2_0", next_attempt_at: 6000 },
      { event_id: "evt_d2_2", next_attempt_at: 6000 },
      { event_id: "evt_d3_0", next_attempt_at: 6000 },
    ]);
    expect((await pool.query(`SELECT status, response FROM dedupe_keys`)).rows[0]).toEqual({
      status: "done",
      response: '{"ok":1}',
    });
  });
});

describe.skipIf(!hasPostgres)("PostgreSQL endpoint heads", () => {
  it("reads concurrent lookups together, and a lookup made after a change sees it", async () => {
    const store = openPgRunStore(url, { poolSize: 4 });
    try {
      const heads = await Promise.all(["ep_1", "ep_1", "ep_2", "ep_1"].map((id) => store.endpointHead(id)));
      expect(heads.map((h) => h?.publishedVersionId)).toEqual(["ver_1", "ver_1", undefined, "ver_1"]);
      expect(heads[0]).toEqual({
        id: "ep_1",
        workspaceId: "ws_1",
        enabled: true,
        publishedVersionId: "ver_1",
        settings: "{}",
        workspaceRevision: 0,
      });
      await pool.query(`UPDATE endpoints SET published_version_id = 'ver_2', enabled = false WHERE id = 'ep_1'`);
      await pool.query(`UPDATE workspaces SET revision = 3`);
      expect(await store.endpointHead("ep_1")).toMatchObject({
        publishedVersionId: "ver_2",
        enabled: false,
        workspaceRevision: 3,
      });
    } finally {
      await store.close();
    }
  });
});
