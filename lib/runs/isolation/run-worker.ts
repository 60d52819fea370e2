/**
 * The inside of an isolated run's worker thread (started by run-pool.ts): compiles the plan once per plan id,
 * runs it, and reaches the database (tables, records), outbound calls and dedupe keys by asking the main thread. One run at a time,
 * so stopping this thread (a limit reached) ends that run alone.
 */
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { compilePlan, type TPlan } from "@/lib/engine/plan";
import { NodeHalt } from "@/lib/engine/errors";
import { runPlan } from "@/lib/engine/run-plan";
import type { TRunServices } from "@/lib/engine/services";
import { currentThreadId } from "./thread-cpu";
import type { TFromWorker, TIsolatedRun, TRunOutcome, TServiceMethod, TToWorker, TWireError } from "./protocol";

const port = parentPort!;
// On Linux a thread has its own nice value: a run that burns CPU here yields the cores to the thread that serves
// every other request. Not fatal where the system refuses it.
try {
  setPriority(10);
} catch {
  /* keep the default priority */
}
const MAX_PLANS = 200;
const plans = new Map<number, TPlan>();
const waiting = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
let callIds = 0;

const post = (message: TFromWorker) => port.postMessage(message);

function revive(e: TWireError): Error {
  if (e.name === "NodeHalt") return new NodeHalt(e.status ?? 500, e.message, e.detail, e.headers, e.answer);
  return Object.assign(new Error(e.message), { name: e.name });
}

function call<T>(method: TServiceMethod, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const callId = ++callIds;
    waiting.set(callId, { resolve: resolve as (v: unknown) => void, reject });
    post({ type: "call", callId, method, args });
  });
}

const services: TRunServices = {
  findTable: (name) => call("findTable", name),
  isUniqueValueTaken: (tableId, field, value) => call("isUniqueValueTaken", tableId, field, value),
  // Committed records are read on the main thread; the run's own changes stay in its record session here, and go
  // back with the outcome to be committed (or refused and run again) by lib/runs/execute-run.ts.
  records: {
    get: (tableId, id) => call("getRecord", tableId, id),
    findUnique: (tableId, field, value) => call("findUniqueRecord", tableId, field, value),
    query: (query) => call("queryRecords", query),
  },
  // The signal stays here; the main thread aborts its side of the call when it stops this run.
  fetch: ({ signal: _signal, ...request }) => call("fetch", request),
  dedupe: { claim: (key, windowMs) => call("claim", key, windowMs), peek: (key) => call("peek", key) },
};

function planFor(source: TIsolatedRun["plan"]): TPlan {
  const hit = plans.get(source.id);
  if (hit) return hit;
  const plan = compilePlan(source.graph, source.limits);
  if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!);
  plans.set(source.id, plan);
  return plan;
}

async function run(job: TIsolatedRun): Promise<TRunOutcome> {
  const result = await runPlan({
    plan: planFor(job.plan),
    requestId: job.requestId,
    request: job.request,
    rawBody: job.rawBody && Buffer.from(job.rawBody.buffer, job.rawBody.byteOffset, job.rawBody.byteLength),
    env: job.env,
    secrets: job.secrets,
    services,
    limits: job.limits,
    dryRun: job.dryRun,
    bodyStoredWhole: job.bodyStoredWhole,
    traceChars: job.traceChars,
  });
  const { response, traceJson, error, records, events, durationMs } = result;
  return { response, traceJson, error, records, events, durationMs };
}

function done(outcome: TRunOutcome) {
  try {
    post({ type: "done", outcome });
  } catch {
    // A value that cannot be copied across threads (a function an expression returned) goes as its JSON form.
    post({ type: "done", outcome: JSON.parse(JSON.stringify(outcome)) as TRunOutcome });
  }
}

port.on("message", (message: TToWorker) => {
  if (message.type === "run") {
    void run(message.run).then(done, (err: unknown) => {
      const text = err instanceof Error ? err.message : String(err);
      done({
        response: { status: 500, headers: {}, body: { error: text } },
        traceJson: "[]",
        error: { message: text },
        records: [],
        events: [],
        durationMs: 0,
      });
    });
    return;
  }
  const pending = waiting.get(message.callId);
  waiting.delete(message.callId);
  if (!pending) return;
  if (message.ok) pending.resolve(message.value);
  else pending.reject(revive(message.error));
});

post({ type: "ready", threadId: currentThreadId() });
