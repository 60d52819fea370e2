/**
 * `npx tsx bench/records-lookup.ts [--records=1000000] [--samples=10000] [--case-seconds=20] [--keep]`: record reads
 * on a large SQLite table, through the hot path's own reader (lib/records/sqlite-records.ts), not a timed test.
 * Builds a fresh database with the migrations, fills one table with N records (a unique `stripe_id`, an indexed
 * `status` with 8 values and an indexed `account` with ~10 records per value), then times, one call at a time
 * after a warm-up:
 * getRecord by the unique field, queryRecords with `=` on an indexed field (~10 matches, newest 50), the same
 * on the 8-valued field (limit 50 of ~125,000 matches, sorted by id), and a range on the indexed field.
 * Prints p50/p99/p99.9 of wall time and of CPU time in microseconds, how many samples were taken, and each
 * query's SQLite plan. Each case is time-boxed (--case-seconds, a tenth of it for the warm-up): the range and
 * the 8-valued filter read a large part of the table per call, and 10,000 of them took more than 15 minutes.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { compilePlan } from "@/lib/engine/plan";
import { runPlan } from "@/lib/engine/run-plan";
import type { TRunServices } from "@/lib/engine/services";
import { DEFAULT_RUN_LIMITS } from "@/lib/engine/types";
import { ZGraph } from "@/lib/graph/schema";
import { testRequest } from "../tests/support/test-request";
import { indexValue, uniqueValue } from "@/lib/records/index-key";
import { recordsQuerySql } from "@/lib/records/sql";
import { sqliteRecords } from "@/lib/records/sqlite-records";
import type { TRecordQuery } from "@/lib/records/types";
import { parseWhere } from "@/lib/records/where";
import type { TTable } from "@/lib/table-schema/field-types";

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const N = arg("records", 1_000_000);
const SAMPLES = arg("samples", 10_000);
const CASE_MS = arg("case-seconds", 20) * 1000;
const WARM_UP_CALLS = 500;
const STATUSES = ["active", "trialing", "past_due", "canceled", "unpaid", "incomplete", "paused", "ended"];

const ROOT = path.resolve(import.meta.dirname, "..");
// --keep: keep the filled database in the temp folder and reuse it next time (filling takes about a minute).
const KEEP = process.argv.includes("--keep");
const dir = KEEP
  ? path.join(os.tmpdir(), `hookstack-records-bench-${N}`)
  : mkdtempSync(path.join(os.tmpdir(), "hookstack-records-bench-"));
mkdirSync(dir, { recursive: true });
const isFilled = KEEP && existsSync(path.join(dir, "filled"));
const url = `file:${path.join(dir, "bench.db")}`;
if (!isFilled)
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });

const table: TTable = {
  id: "tbl_bench",
  name: "customers",
  fields: [
    { name: "stripe_id", type: "text", required: true, unique: true },
    { name: "status", type: "text", required: false, unique: false, indexed: true },
    { name: "account", type: "integer", required: false, unique: false, indexed: true },
    { name: "seats", type: "integer", required: false, unique: false },
  ],
};
const db = new Database(path.join(dir, "bench.db"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
if (!isFilled) fillTable();

function fillTable() {
  db.exec(
    `INSERT INTO workspaces (id, name, slug, revision, created_at) VALUES ('ws_bench', 'bench', 'bench', 0, '2026-01-01')`,
  );
  db.prepare(
    `INSERT INTO data_tables (id, workspace_id, name, fields, created_at) VALUES (?, 'ws_bench', ?, ?, '2026-01-01')`,
  ).run(table.id, table.name, JSON.stringify(table.fields));

  const started = performance.now();
  const insert = {
    record: db.prepare(
      `INSERT INTO data_records (id, table_id, data, request_id, created_at) VALUES (?, ?, ?, NULL, ?)`,
    ),
    unique: db.prepare(`INSERT INTO record_unique_values (table_id, field, value, record_id) VALUES (?, ?, ?, ?)`),
    index: db.prepare(`INSERT INTO record_index_values (table_id, field, value, record_id) VALUES (?, ?, ?, ?)`),
  };
  const fill = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = `rec_${String(i).padStart(10, "0")}`;
      const data = {
        stripe_id: `cus_${i}`,
        status: STATUSES[i % STATUSES.length]!,
        account: Math.floor(i / 10),
        seats: i % 50,
      };
      insert.record.run(id, table.id, JSON.stringify(data), 1_700_000_000_000 + i);
      insert.unique.run(table.id, "stripe_id", uniqueValue(data.stripe_id), id);
      insert.index.run(table.id, "status", indexValue({ type: "text" }, data.status), id);
      insert.index.run(table.id, "account", indexValue({ type: "integer" }, data.account), id);
    }
  });
  for (let at = 0; at < N; at += 50_000) fill(at, Math.min(N, at + 50_000));
  db.exec("ANALYZE");
  console.log(`filled ${N.toLocaleString()} records in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (KEEP) writeFileSync(path.join(dir, "filled"), "");
}

const { reader } = sqliteRecords(db);
const random = (n: number) => Math.floor(Math.random() * n);
const query = (filters: unknown, sort: TRecordQuery["sort"], limit = 50): TRecordQuery => ({
  table,
  where: parseWhere(table, filters, "and"),
  sort,
  limit,
  offset: 0,
  exclude: [],
});

// The whole node, through the interpreter: webhook → getRecord (by unique field, from the body) → response.
const plan = compilePlan(
  ZGraph.parse({
    version: 1,
    nodes: [
      { id: "start", type: "webhook" },
      { id: "raw", type: "getRawInput", config: { as: "payload" } },
      {
        id: "get",
        type: "getRecord",
        config: { table: "customers", by: "field", field: "stripe_id", value: "$payload.customer", as: "c" },
      },
      { id: "ok", type: "response", config: { body: "$c.seats" } },
    ],
    edges: [
      { source: "start", target: "raw" },
      { source: "raw", target: "get" },
      { source: "get", target: "ok" },
    ],
  }),
  DEFAULT_RUN_LIMITS.expression,
);
const services: TRunServices = {
  findTable: async () => table,
  isUniqueValueTaken: async () => false,
  records: reader,
  fetch: async () => ({ status: 200, headers: {}, body: "" }),
  dedupe: { claim: async () => ({ duplicate: false }), peek: async () => ({ duplicate: false }) },
};
const runGet = async () => {
  const result = await runPlan({
    plan,
    requestId: "req_bench",
    request: testRequest(`{"customer":"cus_${random(N)}"}`),
    env: {},
    services,
    limits: DEFAULT_RUN_LIMITS,
  });
  return typeof result.response.body === "number" ? 1 : 0;
};

const cases: { name: string; run(): Promise<number>; plan: TRecordQuery | null }[] = [
  { name: "a whole run: webhook → getRawInput → getRecord by unique field → response", run: runGet, plan: null },
  {
    name: "getRecord by unique field (stripe_id)",
    run: async () => ((await reader.findUnique(table.id, "stripe_id", uniqueValue(`cus_${random(N)}`))) ? 1 : 0),
    plan: null,
  },
  {
    name: "queryRecords account = X (indexed, ~10 matches, newest first)",
    run: async () =>
      (
        await reader.query(
          query([{ field: "account", op: "=", value: random(N / 10) }], { field: "createdAt", direction: "desc" }),
        )
      ).length,
    plan: query([{ field: "account", op: "=", value: 1 }], { field: "createdAt", direction: "desc" }),
  },
  {
    name: "queryRecords account between X and X+2 (indexed range, ~30 matches)",
    run: async () => {
      const from = random(N / 10 - 3);
      return (
        await reader.query(
          query(
            [
              { field: "account", op: ">=", value: from },
              { field: "account", op: "<", value: from + 3 },
            ],
            { field: "id", direction: "asc" },
          ),
        )
      ).length;
    },
    plan: query(
      [
        { field: "account", op: ">=", value: 1 },
        { field: "account", op: "<", value: 4 },
      ],
      { field: "id", direction: "asc" },
    ),
  },
  {
    name: "queryRecords status = X (indexed, 1/8 of the table), first 50 by id",
    run: async () =>
      (
        await reader.query(
          query([{ field: "status", op: "=", value: STATUSES[random(8)] }], { field: "id", direction: "asc" }),
        )
      ).length,
    plan: query([{ field: "status", op: "=", value: "active" }], { field: "id", direction: "asc" }),
  },
];

for (const c of cases) {
  const warmUntil = performance.now() + CASE_MS / 10;
  for (let i = 0; i < WARM_UP_CALLS && performance.now() < warmUntil; i++) await c.run();
  // Wall time, and this process's CPU time: on a shared machine, wall-time tails are mostly waits for a core.
  const wall: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  const until = performance.now() + CASE_MS;
  for (let i = 0; i < SAMPLES && performance.now() < until; i++) {
    const c0 = process.cpuUsage();
    const t = performance.now();
    found += await c.run();
    wall.push((performance.now() - t) * 1000);
    const used = process.cpuUsage(c0);
    cpu.push(used.user + used.system);
  }
  const stats = (xs: number[]) => {
    xs.sort((a, b) => a - b);
    const at = (q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]!.toFixed(0);
    return `p50 ${at(0.5)} µs · p99 ${at(0.99)} µs · p99.9 ${at(0.999)} µs`;
  };
  const taken = wall.length;
  const boxed = taken < SAMPLES ? `, time box of ${CASE_MS / 1000} s reached` : "";
  console.log(
    `\n${c.name} (${(found / taken).toFixed(1)} rows/call; ${taken} samples${boxed})\n  wall: ${stats(wall)}\n  cpu:  ${stats(cpu)}`,
  );
  if (c.plan) {
    const { sql, params } = recordsQuerySql("sqlite", c.plan);
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as unknown[])) as { detail: string }[];
    console.log(`  plan: ${plan.map((p) => p.detail).join(" | ")}`);
  }
}
db.close();
if (!KEEP) rmSync(dir, { recursive: true, force: true });
