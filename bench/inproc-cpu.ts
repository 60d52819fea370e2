/**
 * Event-loop CPU per run of the reference receiver, in process (no HTTP): executeRun on a fresh SQLite database,
 * `--batch` runs at a time (they share group commits), main-thread CPU from /proc. Variants by env:
 * HOOKSTACK_SQLITE_SYNCHRONOUS=NORMAL (no WAL sync), NO_EVENTS=1 (the commit drops the run's events; they are still made).
 * PROFILE=FILE writes a V8 CPU profile of the measured runs only. `npx tsx bench/inproc-cpu.ts --runs=5000 --batch=10`;
 * `--graph=lookup-update`: the reference receiver with a lookup and an update per line (bench/reference-graph.ts).
 */
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { invoicePaidEvent, stripeSignature } from "../tests/support/stripe-event";
import { CUSTOMERS_TABLE, INVOICE_LINES_TABLE, LOOKUP_UPDATE_GRAPH, REFERENCE_GRAPH } from "./reference-graph";

const N = Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 6000);
const BATCH = Number(process.argv.find((a) => a.startsWith("--batch="))?.split("=")[1] ?? 10);
const LOOKUP_UPDATE = process.argv.includes("--graph=lookup-update");
const dir = mkdtempSync(path.join(os.tmpdir(), "hookstack-inproc-"));
process.env.DATABASE_URL = `file:${dir}/t.db`;
process.env.HOOKSTACK_SECRET_KEY ??= "0".repeat(64);
const db = new Database(`${dir}/t.db`);
const migrations = path.resolve(import.meta.dirname, "../prisma/sqlite/migrations");
for (const m of readdirSync(migrations)
  .filter((m) => !m.endsWith(".toml"))
  .sort())
  db.exec(readFileSync(path.join(migrations, m, "migration.sql"), "utf8"));
const { encryptSecret } = await import("@/lib/secrets/cipher");
const SECRET = "whsec_bench";
db.prepare(`INSERT INTO workspaces (id, name, slug) VALUES ('ws_1', 'w', 'w')`).run();
const addTable = db.prepare(`INSERT INTO data_tables (id, workspace_id, name, fields) VALUES (?, 'ws_1', ?, ?)`);
addTable.run("tbl_1", INVOICE_LINES_TABLE.name, JSON.stringify(INVOICE_LINES_TABLE.fields));
if (LOOKUP_UPDATE) addTable.run("tbl_2", CUSTOMERS_TABLE.name, JSON.stringify(CUSTOMERS_TABLE.fields));
db.prepare(
  `INSERT INTO env_vars (workspace_id, name, value, updated_at) VALUES ('ws_1', 'STRIPE_SECRET', ?, CURRENT_TIMESTAMP)`,
).run(encryptSecret(SECRET));
db.close();

const { getRuntime } = await import("@/lib/runtime/runtime");
const { executeRun } = await import("@/lib/runs/execute-run");
const { compilePlan } = await import("@/lib/engine/plan");
const { ZGraph } = await import("@/lib/graph/schema");
const { resolveSettings } = await import("@/lib/settings/endpoint-settings");
const runtime = getRuntime();
if (process.env.NO_EVENTS) {
  const commit = runtime.store.commitRun.bind(runtime.store);
  runtime.store.commitRun = (c) => commit({ ...c, events: undefined });
}
const { limits } = resolveSettings("{}", runtime.config);
const plan = compilePlan(ZGraph.parse(LOOKUP_UPDATE ? LOOKUP_UPDATE_GRAPH : REFERENCE_GRAPH), limits.expression);
const ticks = () => {
  const f = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(f[11]) + Number(f[12])) * 10_000;
};
let n = 0;
const one = async () => {
  const body = JSON.stringify(invoicePaidEvent(`evt_${n++}`, 10));
  const request = {
    url: "http://x/hooks/ep_1",
    method: "POST",
    path: "/hooks/ep_1",
    query: {},
    ip: "127.0.0.1",
    receivedAt: new Date().toISOString(),
    body,
    headers: {
      "content-type": "application/json",
      "stripe-signature": stripeSignature(body, SECRET),
      "user-agent": "bench",
    },
  };
  const r = await executeRun({
    runtime,
    workspaceId: "ws_1",
    workspaceRevision: 0,
    endpointId: "ep_1",
    versionId: "ver_1",
    plan,
    request,
    limits,
    source: "live",
  });
  const { wire } = r;
  if (wire.status !== 200) throw new Error(wire.body);
};
const round = async (runs: number) => {
  for (let i = 0; i < runs; i += BATCH) await Promise.all(Array.from({ length: BATCH }, one));
};
await round(2000);
const { Session } = await import("node:inspector/promises");
const session = new Session();
if (process.env.PROFILE) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
const t0 = ticks();
const w0 = performance.now();
await round(N);
const us = (ticks() - t0) / N;
console.log(
  `${LOOKUP_UPDATE ? "lookup-update: " : ""}${process.env.NO_EVENTS ? "no events" : "events"} sync=${runtime.config.HOOKSTACK_SQLITE_SYNCHRONOUS} batch ${BATCH}: ${us.toFixed(0)} µs event-loop CPU per run; ${(((performance.now() - w0) * 1000) / N).toFixed(0)} µs wall`,
);
if (process.env.PROFILE) {
  const { profile } = await session.post("Profiler.stop");
  (await import("node:fs")).writeFileSync(process.env.PROFILE, JSON.stringify(profile));
}
process.exit(0);
