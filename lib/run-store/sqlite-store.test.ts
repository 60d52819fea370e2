import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requestLogRow } from "@/lib/runs/execute-run";
import { openSqliteRunStore } from "./sqlite-store";
import type { TRunStore } from "./types";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/sqlite/migrations");

let dir: string;
let store: TRunStore;
let other: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "hookstack-store-"));
  const file = path.join(dir, "t.db");
  // The management API's connection (Prisma, in the UI process) stands in as a second connection to the file.
  other = new Database(file);
  for (const m of readdirSync(MIGRATIONS)
    .filter((m) => !m.endsWith(".toml"))
    .sort()) {
    other.exec(readFileSync(path.join(MIGRATIONS, m, "migration.sql"), "utf8"));
  }
  other.exec(`INSERT INTO workspaces (id, name, slug) VALUES ('ws_1', 'Default', 'ws_1');
    INSERT INTO endpoints (id, workspace_id, name, draft_graph, published_version_id, updated_at)
    VALUES ('ep_1', 'ws_1', 'one', '{}', 'ver_1', CURRENT_TIMESTAMP)`);
  store = openSqliteRunStore(`file:${file}`);
});

afterEach(async () => {
  await store.close();
  other.close();
  rmSync(dir, { recursive: true, force: true });
});

// A request that follows a management change arrives in a later event-loop turn (over the network, from a client
// that saw the API answer): each lookup below models one.
const head = async (id: string) => {
  await new Promise((r) => setImmediate(r));
  return store.endpointHead(id);
};

describe("the SQLite hook store's endpoint heads", () => {
  it("sees every change the management API commits on its own connection, at once", async () => {
    expect(await head("ep_1")).toEqual(
      expect.objectContaining({ enabled: true, publishedVersionId: "ver_1", workspaceRevision: 0 }),
    );
    other.exec(`UPDATE endpoints SET enabled = false WHERE id = 'ep_1'`);
    expect((await head("ep_1"))?.enabled).toBe(false);
    other.exec(
      `UPDATE endpoints SET enabled = true, published_version_id = 'ver_2', settings = '{"mode":"background"}' WHERE id = 'ep_1'`,
    );
    expect(await head("ep_1")).toEqual(
      expect.objectContaining({ enabled: true, publishedVersionId: "ver_2", settings: '{"mode":"background"}' }),
    );
    other.exec(`UPDATE workspaces SET revision = 7`);
    expect((await head("ep_1"))?.workspaceRevision).toBe(7);
    other.exec(`DELETE FROM endpoints WHERE id = 'ep_1'`);
    expect(await head("ep_1")).toBeUndefined();
  });

  it("finds an endpoint created after an earlier lookup missed it", async () => {
    expect(await head("ep_2")).toBeUndefined();
    other.exec(
      `INSERT INTO endpoints (id, workspace_id, name, draft_graph, updated_at) VALUES ('ep_2', 'ws_1', 'two', '{}', CURRENT_TIMESTAMP)`,
    );
    expect(await head("ep_2")).toEqual(expect.objectContaining({ id: "ep_2", publishedVersionId: null }));
  });
});

describe("the SQLite hook store's commits", () => {
  const run = (id: string, records: number) => ({
    log: requestLogRow({
      id,
      endpointId: "ep_1",
      workspaceId: "ws_1",
      versionId: "ver_1",
      source: "live",
      request: {
        url: "http://x/hooks/ep_1",
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
    logMode: "insert" as const,
    records: Array.from({ length: records }, (_, i) => ({
      op: "insert" as const,
      id: `rec_${id}_${String(i).padStart(4, "0")}`,
      tableId: "tbl_1",
      table: "t",
      data: { n: i },
      createdAt: i,
      unique: [],
      index: [],
    })),
  });

  it("stores every record of runs committed together, however many (several statements' worth)", async () => {
    other.exec(`INSERT INTO data_tables (id, workspace_id, name, fields) VALUES ('tbl_1', 'ws_1', 't', '[]')`);
    const results = await Promise.all([
      store.commitRun(run("a", 120)),
      store.commitRun(run("b", 1)),
      store.commitRun(run("c", 49)),
    ]);
    expect(results).toEqual([
      { ok: true, deliveries: 0 },
      { ok: true, deliveries: 0 },
      { ok: true, deliveries: 0 },
    ]);
    const rows = other
      .prepare(
        `SELECT request_id AS r, COUNT(*) AS n, SUM(json_extract(data, '$.n')) AS total FROM data_records GROUP BY request_id ORDER BY r`,
      )
      .all();
    expect(rows).toEqual([
      { r: "a", n: 120, total: (119 * 120) / 2 },
      { r: "b", n: 1, total: 0 },
      { r: "c", n: 49, total: (48 * 49) / 2 },
    ]);
    expect(other.prepare(`SELECT COUNT(*) FROM request_logs`).pluck().get()).toBe(3);
  });

  const withEvents = (id: string, count: number) => ({
    ...run(id, 0),
    events: {
      workspaceId: "ws_1",
      requestId: id,
      events: Array.from({ length: count }, (_, i) => ({
        id: `evt_${id}_${String(i).padStart(3, "0")}`,
        type: "order.paid",
        data: { n: i },
        createdAt: 1000 + i,
      })),
    },
  });
  const subscribe = (id: string, events: string[]) =>
    other.exec(`INSERT INTO webhook_subscriptions (id, workspace_id, url, events, secret, retry_schedule, created_at, updated_at)
      VALUES ('${id}', 'ws_1', 'http://example.test/', '${JSON.stringify(events)}', 's', '[0, 60]', 0, 0)`);

  it("keeps every event, and queues deliveries for the subscriptions another connection made before the commit", async () => {
    expect(await store.commitRun(withEvents("a", 75))).toEqual({ ok: true, deliveries: 0 });
    subscribe("sub_1", ["order.*"]);
    expect(await store.commitRun(withEvents("b", 3))).toEqual({ ok: true, deliveries: 3 });
    subscribe("sub_2", ["other.thing"]);
    subscribe("sub_3", ["*"]);
    const [c, d] = await Promise.all([store.commitRun(withEvents("c", 2)), store.commitRun(withEvents("d", 1))]);
    expect([c, d]).toEqual([
      { ok: true, deliveries: 4 },
      { ok: true, deliveries: 2 },
    ]);
    other.exec(`UPDATE webhook_subscriptions SET status = 'paused'`);
    expect(await store.commitRun(withEvents("e", 2))).toEqual({ ok: true, deliveries: 0 });
    const events = other
      .prepare(
        `SELECT request_id AS r, COUNT(*) AS n, SUM(json_extract(data, '$.n')) AS total FROM webhook_events GROUP BY request_id ORDER BY r`,
      )
      .all();
    expect(events).toEqual([
      { r: "a", n: 75, total: (74 * 75) / 2 },
      { r: "b", n: 3, total: 3 },
      { r: "c", n: 2, total: 1 },
      { r: "d", n: 1, total: 0 },
      { r: "e", n: 2, total: 1 },
    ]);
    const deliveries = other
      .prepare(
        `SELECT subscription_id AS s, event_id AS e, next_attempt_at AS due, status FROM webhook_deliveries ORDER BY s, e`,
      )
      .all();
    expect(deliveries).toHaveLength(9);
    expect(deliveries[0]).toEqual({ s: "sub_1", e: "evt_b_000", due: 1000, status: "pending" });
  });

  it("leases due deliveries to one worker at a time, and again once the lease has run out", async () => {
    subscribe("sub_1", ["*"]);
    await store.commitRun(withEvents("a", 3));
    other.exec(`UPDATE webhook_deliveries SET next_attempt_at = 5000 WHERE event_id = 'evt_a_002'`);
    const claim = (workerId: string, now: number) => store.claimDeliveries({ workerId, now, leaseMs: 100, limit: 10 });
    expect((await claim("w1", 2000)).sort()).toHaveLength(2);
    expect(await claim("w2", 2050)).toEqual([]);
    expect(await claim("w2", 2101)).toHaveLength(2);
    expect(await claim("w3", 2150)).toEqual([]);
    // The later delivery comes due, and the leases of w2 (whose worker never recorded an attempt) have run out.
    expect(await claim("w3", 5000)).toHaveLength(3);
  });
});
