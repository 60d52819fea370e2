/**
 * The outbound part of `npm run bench` (also on its own: `tsx bench/outbound.ts --duration=SECONDS`). A stack that
 * emits one event per request is driven on the public URL; two subscriptions point at a local receiver:
 *   1. live: each event delivered as it is committed — deliveries/s and p50/p99 from the event's creation in the
 *      run (just before its commit) to its arrival at the receiver, while the public URL is under load;
 *   2. backlog: the same events, held back (first attempt after a day), then released at once to Hookstack's worker
 *      and, reset, to a plain node:http sender reading the same jobs (bench/plain-sender.ts, the practical limit):
 *      deliveries/s and CPU time per delivery of each.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { sqlitePath } from "../lib/db/database-url";
import { startTestServer, type TTestServer } from "../tests/support/test-server";
import { cpuTicks, TICK_US } from "./proc-stats";

const ROOT = path.resolve(import.meta.dirname, "..");

const EMITTER = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "emit", type: "emitEvent", config: { type: "'bench.event'", data: "{ 'n': $request.body }" } },
    { id: "ok", type: "response", config: { status: "200", body: "{ 'ok': true }" } },
  ],
  edges: [
    { source: "start", target: "emit" },
    { source: "emit", target: "ok" },
  ],
};

type TArrival = { at: number; createdAt: number; subscription: string; agent: string };

function startReceiver() {
  const arrivals: TArrival[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      arrivals.push({
        at: Date.now(),
        createdAt: Date.parse(JSON.parse(body).created_at),
        subscription: String(req.headers["x-webhook-id"]),
        agent: String(req.headers["user-agent"]),
      });
      res.writeHead(204);
      res.end();
    });
  });
  return new Promise<{ port: number; arrivals: TArrival[]; close(): Promise<void> }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as { port: number }).port,
        arrivals,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

async function waitFor(what: string, check: () => boolean, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function api(server: TTestServer, method: string, url: string, body?: unknown) {
  const res = await server.api(method, `/api/v1${url}`, body);
  if (res.status >= 300) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

function runPlainSender(args: string[]): Promise<{ deliveries: number; seconds: number; cpuUsPerDelivery: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "bench/plain-sender.ts", ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop()!))
        : reject(new Error(`plain sender exited ${code}`)),
    );
  });
}

export async function runOutboundBench(o: { durationSeconds: number; connections?: number }) {
  const receiver = await startReceiver();
  const server = await startTestServer("sqlite", { HOOKSTACK_OUTBOUND_ALLOWLIST: `127.0.0.1:${receiver.port}` });
  try {
    await api(server, "POST", "/tables", { name: "unused", fields: [{ name: "x", type: "text" }] });
    const endpoint = await api(server, "POST", "/endpoints", { name: "emitter", graph: EMITTER });
    await api(server, "POST", `/endpoints/${endpoint.id}/publish`);
    const live = await api(server, "POST", "/webhooks", {
      url: `http://127.0.0.1:${receiver.port}/live`,
      events: ["bench.event"],
    });
    const backlog = await api(server, "POST", "/webhooks", {
      url: `http://127.0.0.1:${receiver.port}/backlog`,
      events: ["bench.*"],
      retrySchedule: [86_400],
    });

    // 1. Live: events delivered while the public URL is under load.
    const load = await autocannon({
      url: `${server.baseUrl}/hooks/${endpoint.id}`,
      connections: o.connections ?? 10,
      duration: o.durationSeconds,
      requests: [{ method: "POST", body: '{"n":1}' }],
    });
    const db = new Database(sqlitePath(server.databaseUrl));
    db.pragma("busy_timeout = 10000");
    const events = (
      db.prepare(`SELECT COUNT(*) AS n FROM webhook_events WHERE type = 'bench.event'`).get() as { n: number }
    ).n;
    const liveOf = () => receiver.arrivals.filter((a) => a.subscription === live.id);
    await waitFor("every live delivery", () => liveOf().length >= events);
    const arrivals = liveOf();
    const lags = arrivals.map((a) => a.at - a.createdAt).sort((a, b) => a - b);
    const span = (Math.max(...arrivals.map((a) => a.at)) - Math.min(...arrivals.map((a) => a.createdAt))) / 1000;
    console.log(
      `\noutbound, live: ${events} events from ${load.requests.average.toFixed(0)} req/s on the public URL (concurrency ${o.connections ?? 10}, ${o.durationSeconds} s)`,
    );
    console.log(
      `  hookstack  ${(arrivals.length / span).toFixed(0).padStart(7)} deliveries/s  commit→delivery p50 ${percentile(lags, 50).toFixed(0)} ms  p99 ${percentile(lags, 99).toFixed(0)} ms`,
    );

    // 2. Backlog: the same number of jobs released at once, to Hookstack's worker, then to the plain sender.
    const release = db.prepare(`UPDATE webhook_deliveries SET next_attempt_at = 0 WHERE subscription_id = ?`);
    const backlogOf = () => receiver.arrivals.filter((a) => a.subscription === backlog.id).length;
    const ticks = cpuTicks(server.pid);
    const started = performance.now();
    release.run(backlog.id);
    await waitFor("the backlog", () => backlogOf() >= events);
    const seconds = (performance.now() - started) / 1000;
    const hookstackCpu = ((cpuTicks(server.pid) - ticks) * TICK_US) / events;
    db.prepare(`UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ? WHERE subscription_id = ?`).run(
      Date.now() + 86_400_000,
      backlog.id,
    );
    db.close();
    const plain = await runPlainSender([
      sqlitePath(server.databaseUrl),
      backlog.id,
      backlog.secret,
      `http://127.0.0.1:${receiver.port}/backlog`,
      "8",
    ]);
    console.log(`\noutbound, backlog of ${events} deliveries released at once`);
    console.log(
      `  hookstack  ${(events / seconds).toFixed(0).padStart(7)} deliveries/s  ${hookstackCpu.toFixed(0).padStart(5)} µs CPU/delivery (server process)`,
    );
    console.log(
      `  plain      ${(plain.deliveries / plain.seconds).toFixed(0).padStart(7)} deliveries/s  ${plain.cpuUsPerDelivery.toFixed(0).padStart(5)} µs CPU/delivery`,
    );
    console.log(
      `  ratio      ${(events / seconds / (plain.deliveries / plain.seconds)).toFixed(2)} of the plain sender's throughput (${(plain.cpuUsPerDelivery / hookstackCpu).toFixed(2)} by CPU per delivery)`,
    );
  } finally {
    await server.stop();
    await receiver.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const duration = Number(process.argv.find((a) => a.startsWith("--duration="))?.split("=")[1] ?? 10);
  await runOutboundBench({ durationSeconds: duration });
}
