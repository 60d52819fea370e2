/**
 * `npm run bench`: the public URL under load. Starts the production server on a fresh SQLite database, publishes
 * the reference receiver (Stripe signature, branch, 10 line items → 10 records, answer) and drives it with
 * distinct signed events over keep-alive connections at concurrency 10 and 50, in turn with a plain node:http +
 * better-sqlite3 receiver doing the same work (the practical limit; with --db postgres, a node:http + pg receiver on
 * its own PostgreSQL database: bench/plain-pg-receiver.ts). Prints requests/s, p50/p99 latency, server
 * CPU per request, peak server memory and the ratio. Then the outbound part (bench/outbound.ts; skip it with
 * --inbound-only). Options: --duration=SECONDS (default 10), --profile, --node-args="...", --db postgres,
 * --instances N (bench/instances.ts), --concurrency=10,50, --graph=lookup-update (bench/reference-graph.ts),
 * --plain-port=N.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { invoicePaidEvent, stripeSignature } from "../tests/support/stripe-event";
import { startTestServer } from "../tests/support/test-server";
import { runOutboundBench } from "./outbound";
import { BENCH_DB, behindProxy } from "./instances";
import { freePort } from "../tests/support/nginx";
import { createPgDatabase, dropPgDatabase } from "../tests/support/postgres";
import { cpuTicks, TICK_US } from "./proc-stats";
import { CUSTOMERS_TABLE, INVOICE_LINES_TABLE, LOOKUP_UPDATE_GRAPH, REFERENCE_GRAPH } from "./reference-graph";

const ROOT = path.resolve(import.meta.dirname, "..");
const SECRET = "whsec_bench_secret_0123456789";
const DURATION = Number(process.argv.find((a) => a.startsWith("--duration="))?.split("=")[1] ?? 10);
// --concurrency=10,50,10: the loads measured, in order (the same one twice shows how warm the server was).
const CONCURRENCIES = (process.argv.find((a) => a.startsWith("--concurrency="))?.split("=")[1] ?? "10,50")
  .split(",")
  .map(Number);
// The plain PostgreSQL receiver's pool: Hookstack's default (HOOKSTACK_PG_POOL_SIZE), unless set for both.
const PLAIN_PG_POOL = Number(process.env.HOOKSTACK_PG_POOL_SIZE ?? 10);
// --profile: write a V8 CPU profile of the Hookstack server to bench/results/ (open it in Chrome DevTools).
const PROFILE = process.argv.includes("--profile");
// --graph=lookup-update: the reference receiver with a lookup and an update per line (bench/reference-graph.ts),
// measured in turn with the plain reference graph on another endpoint of the same server: the share of the
// reference's throughput is then taken in the same minutes, which a shared machine's drift would otherwise swamp.
const LOOKUP_UPDATE = process.argv.includes("--graph=lookup-update");
// --plain-port=N: the plain receiver's port (else the first free one of 3410–3419), for a session given other ports.
const PLAIN_PORT = process.argv.find((a) => a.startsWith("--plain-port="))?.split("=")[1];
// --node-args="--trace-gc ...": extra Node.js flags for the Hookstack server; its output goes to bench/results/server.log.
const NODE_ARGS =
  process.argv
    .find((a) => a.startsWith("--node-args="))
    ?.slice("--node-args=".length)
    .split(" ")
    .filter(Boolean) ?? [];

type Measure = {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  peakMb: number;
  uiPeakMb: number;
  /** Server CPU time per request: steadier than requests/s on a shared machine, and what one core can sustain. */
  cpuUsPerRequest: number;
  /** The same for the thread that serves HTTP (the event loop): what caps throughput when other threads help. */
  mainThreadUsPerRequest: number;
};

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Peak memory of the server's child processes (Hookstack's Next.js UI process), 0 for the plain receiver. */
function childrenPeakMb(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
  return children.reduce((sum, child) => sum + peakRssMb(Number(child)), 0);
}

async function waitFor(child: ChildProcess, text: string, log: { out: string }) {
  const deadline = Date.now() + 90_000;
  while (!log.out.includes(text)) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${log.out}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log.out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function start(args: string[], env: NodeJS.ProcessEnv, ready: string) {
  const log = { out: "" };
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d) => (log.out += d));
  child.stderr!.on("data", (d) => (log.out += d));
  return { child, ready: waitFor(child, ready, log), log };
}

let eventCounter = 0;
async function load(url: string, connections: number, seconds: number, pid: number): Promise<Measure> {
  const ticksBefore = cpuTicks(pid);
  const mainTicksBefore = cpuTicks(pid, pid);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          const body = JSON.stringify(invoicePaidEvent(`evt_${process.pid}_${eventCounter++}`, 10));
          return {
            ...req,
            body,
            headers: { "content-type": "application/json", "stripe-signature": stripeSignature(body, SECRET) },
          };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    peakMb: peakRssMb(pid),
    uiPeakMb: childrenPeakMb(pid),
    cpuUsPerRequest: ((cpuTicks(pid) - ticksBefore) * TICK_US) / Math.max(1, result.requests.total),
    mainThreadUsPerRequest: ((cpuTicks(pid, pid) - mainTicksBefore) * TICK_US) / Math.max(1, result.requests.total),
  };
}

type Target = { url: string; pid: number; stop(): Promise<void> };

/** A measurement after a 2 s warm-up at the same concurrency (JIT, caches, the new connections). */
async function measure(target: Target, connections: number): Promise<Measure> {
  await load(target.url, connections, 2, target.pid);
  return load(target.url, connections, DURATION, target.pid);
}

async function startHookstack(): Promise<Target & { referenceUrl: string; storedRecords(): Promise<number> }> {
  const profile = PROFILE ? ["--cpu-prof", "--cpu-prof-dir=bench/results"] : [];
  const server = await startTestServer(BENCH_DB, {}, undefined, [...profile, ...NODE_ARGS]);
  const stop = async () => {
    if (NODE_ARGS.length) {
      await server.kill();
      mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
      writeFileSync(path.join(ROOT, "bench/results/server.log"), server.output());
    }
    await server.stop();
  };
  const api = async (method: string, url: string, body?: unknown) => {
    const res = await server.api(method, `/api/v1${url}`, body);
    if (res.status >= 300) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  try {
    await api("POST", "/tables", INVOICE_LINES_TABLE);
    if (LOOKUP_UPDATE) await api("POST", "/tables", CUSTOMERS_TABLE);
    await api("PUT", "/env/STRIPE_SECRET", { value: SECRET });
    const publish = async (name: string, graph: unknown) => {
      const endpoint = await api("POST", "/endpoints", { name, graph });
      await api("POST", `/endpoints/${endpoint.id}/publish`);
      return endpoint.id as string;
    };
    const id = await publish("bench", LOOKUP_UPDATE ? LOOKUP_UPDATE_GRAPH : REFERENCE_GRAPH);
    const referenceId = LOOKUP_UPDATE ? await publish("reference", REFERENCE_GRAPH) : id;
    // --instances N: the load goes through nginx to N instances (bench/instances.ts).
    const front = await behindProxy(server);
    return {
      url: `${front.origin}/hooks/${id}`,
      referenceUrl: `${front.origin}/hooks/${referenceId}`,
      pid: server.pid,
      stop: async () => {
        await front.stop();
        await stop();
      },
      storedRecords: async () => (await api("GET", "/tables/invoice_lines/records?limit=1")).records.length,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * The plain receiver on the bench's database: better-sqlite3 on a temp file, or (--db postgres) node-postgres on
 * a fresh PostgreSQL database of its own, dropped afterwards.
 */
async function startPlain(dir: string): Promise<Target> {
  const port = PLAIN_PORT ? Number(PLAIN_PORT) : await freePort(3410, 3419);
  const pgName = `hookstack_bench_plain_${process.pid}`;
  const args =
    BENCH_DB === "postgres"
      ? ["bench/plain-pg-receiver.ts", await createPgDatabase(pgName), String(port), SECRET, String(PLAIN_PG_POOL)]
      : ["bench/plain-receiver.ts", path.join(dir, "plain.db"), String(port), SECRET];
  const server = start(["--import", "tsx", ...args], process.env, "plain receiver listening");
  const stop = async () => {
    if (server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await new Promise((r) => server.child.once("exit", r));
    }
    if (BENCH_DB === "postgres") await dropPgDatabase(pgName);
  };
  await server.ready.catch(async (err) => {
    await stop();
    throw err;
  });
  return { url: `http://127.0.0.1:${port}/`, pid: server.child.pid!, stop };
}

const fmt = (m: Measure) =>
  `${m.rps.toFixed(0).padStart(7)} req/s  ${m.cpuUsPerRequest.toFixed(0).padStart(4)} µs CPU/req (${m.mainThreadUsPerRequest.toFixed(0).padStart(3)} event loop)  p50 ${m.p50.toFixed(1).padStart(5)} ms  p99 ${m.p99.toFixed(1).padStart(5)} ms  peak RSS ${m.peakMb.toFixed(0).padStart(4)} MB${m.uiPeakMb ? ` (+ UI process ${m.uiPeakMb.toFixed(0)} MB)` : ""}  errors ${m.errors}  non-2xx ${m.non2xx}`;

const dir = mkdtempSync(path.join(os.tmpdir(), "hookstack-bench-"));
try {
  console.log(
    `${LOOKUP_UPDATE ? "Reference receiver + a lookup and an update per line" : "Reference receiver"} on ${BENCH_DB === "postgres" ? "PostgreSQL" : "SQLite"}, 10 line items per event, ${DURATION} s per run, on ${os.cpus().length} cores (${os.cpus()[0]?.model})`,
  );
  // Both receivers run side by side and are measured in turn at each concurrency, so a shared machine's drift
  // moves both figures of a ratio alike.
  const hookstack = await startHookstack();
  const plain = await startPlain(dir).catch(async (err) => {
    await hookstack.stop();
    throw err;
  });
  try {
    // Both graphs warm before either is measured: the one measured first would otherwise also pay for the JIT.
    const reference = { ...hookstack, url: hookstack.referenceUrl };
    if (LOOKUP_UPDATE) for (const t of [hookstack, reference]) await load(t.url, CONCURRENCIES[0]!, 3, t.pid);
    for (const c of CONCURRENCIES) {
      const h = await measure(hookstack, c);
      const ref = LOOKUP_UPDATE ? await measure(reference, c) : undefined;
      const p = await measure(plain, c);
      console.log(`\nconcurrency ${c}`);
      console.log(`  hookstack  ${fmt(h)}`);
      if (ref) {
        console.log(`  reference  ${fmt(ref)}`);
        console.log(
          `  share      ${(h.rps / ref.rps).toFixed(2)} of the reference graph's throughput (${(ref.cpuUsPerRequest / h.cpuUsPerRequest).toFixed(2)} by CPU per request)`,
        );
      }
      console.log(`  plain      ${fmt(p)}`);
      console.log(
        `  ratio      ${(h.rps / p.rps).toFixed(2)} of the plain receiver's throughput (${(p.cpuUsPerRequest / h.cpuUsPerRequest).toFixed(2)} by CPU per request)`,
      );
    }
    if (!(await hookstack.storedRecords())) throw new Error("the benchmark stored no records");
  } finally {
    await Promise.all([hookstack.stop(), plain.stop()]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The outbound part: events emitted by runs, delivered to a local receiver (bench/outbound.ts).
if (!process.argv.includes("--inbound-only")) await runOutboundBench({ durationSeconds: DURATION });
