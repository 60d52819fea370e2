import type { EventLoopUtilization } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import path from "node:path";
import type { TRunServices } from "@/lib/engine/services";
import { errorMessage, NodeHalt } from "@/lib/engine/errors";
import { logError } from "@/lib/log";
import { threadCpuMs } from "./thread-cpu";
import { WORKER_BOOT } from "./worker-boot";
import type { TFromWorker, TIsolatedRun, TRunOutcome, TServiceMethod, TToWorker, TWireError } from "./protocol";

export type TRunPoolOptions = {
  /** Worker threads, each running one run at a time. */
  size: number;
  /** Runs that may wait for a worker; more are refused with 503. */
  queue: number;
  /** CPU time (the worker's busy event-loop time) one run may use. */
  cpuMs: number;
  /** Old-generation heap of each worker, in MB. */
  memoryMb: number;
};

type TActive = {
  job: TIsolatedRun;
  services: TRunServices;
  resolve(outcome: TRunOutcome): void;
  abort: AbortController;
  elu: EventLoopUtilization;
  cpuAtStart?: number;
  started: number;
  timer: NodeJS.Timeout;
};

/** `threadId`: the worker's kernel thread, whose CPU time is read from /proc (Linux); elsewhere its busy time counts. */
type TSlot = { worker: Worker; ready: boolean; threadId?: number; active?: TActive };

type TWaiter = {
  job: TIsolatedRun;
  services: TRunServices;
  resolve(outcome: TRunOutcome): void;
  timer: NodeJS.Timeout;
};

const WATCH_MS = 50;
/** Time a run's own deadline check gets to end it gracefully (with its trace) before its worker is stopped. */
const GRACE_MS = 1_000;
/**
 * Workers start with the first run that needs one (server.ts does not start them ahead): a run that waits while
 * no worker has finished starting gets this much time on top of its run time, so a start is never its failure.
 */
const WORKER_START_MS = 30_000;

const emptyTrace = () => JSON.stringify({ v: 2, t0: Date.now(), types: {}, steps: [] });

/** A run that ended outside the stack (a limit, a full queue): its answer, with no trace steps and no records. */
export function stoppedRun(
  requestId: string,
  message: string,
  status = 500,
  headers: Record<string, string> = {},
  durationMs = 0,
): TRunOutcome {
  return {
    response: { status, headers, body: { error: message, requestId } },
    traceJson: emptyTrace(),
    error: { message },
    records: [],
    events: [],
    durationMs,
  };
}

function wireError(err: unknown): TWireError {
  if (err instanceof NodeHalt) {
    return {
      name: err.name,
      message: err.message,
      status: err.status,
      detail: err.detail,
      headers: err.headers && { ...err.headers },
      answer: err.answer,
    };
  }
  return { name: err instanceof Error ? err.name : "Error", message: errorMessage(err) };
}

/**
 * Runs stacks that need the full JSONata evaluator in worker threads, so that no expression can stall the event
 * loop that serves every other request. Each worker has a heap limit (`resourceLimits`); a watchdog stops a worker
 * whose run used more than its CPU time or outlived its run time limit, answers that run alone with a 500 naming
 * the limit, and starts a fresh worker.
 */
export class RunPool {
  private readonly slots = new Set<TSlot>();
  private readonly waiters: TWaiter[] = [];
  private watchdog?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: TRunPoolOptions) {}

  /** Starts the workers ahead of the first run (each takes a moment to load the engine). */
  warm() {
    while (!this.closed && this.slots.size < this.options.size) this.spawn();
  }

  run(job: TIsolatedRun, services: TRunServices): Promise<TRunOutcome> {
    if (this.closed)
      return Promise.resolve(stoppedRun(job.requestId, "the server is shutting down", 503, { "retry-after": "5" }));
    return new Promise((resolve) => {
      const slot = this.idleSlot();
      if (slot) return this.start(slot, job, services, resolve);
      if (this.waiters.length >= this.options.queue) {
        const message = `all ${this.options.size} run workers are busy and ${this.options.queue} runs are waiting; retry later`;
        return resolve(stoppedRun(job.requestId, message, 503, { "retry-after": "5" }));
      }
      const starting = ![...this.slots].some((slot) => slot.ready);
      const timer = setTimeout(
        () => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          resolve(
            stoppedRun(
              job.requestId,
              `run time limit of ${job.limits.runTimeoutMs} ms reached while waiting for a run worker`,
            ),
          );
        },
        job.limits.runTimeoutMs + (starting ? WORKER_START_MS : 0),
      );
      const waiter: TWaiter = { job, services, resolve, timer };
      this.waiters.push(waiter);
      if (this.slots.size < this.options.size) this.spawn();
    });
  }

  /** Stops every worker; runs still going end with 503. */
  async close() {
    this.closed = true;
    clearInterval(this.watchdog);
    for (const w of this.waiters.splice(0)) {
      clearTimeout(w.timer);
      w.resolve(stoppedRun(w.job.requestId, "the server is shutting down", 503, { "retry-after": "5" }));
    }
    await Promise.all([...this.slots].map((slot) => this.stop(slot, "the server is shutting down", 503)));
  }

  private idleSlot(): TSlot | undefined {
    for (const slot of this.slots) if (slot.ready && !slot.active) return slot;
    if (this.slots.size < this.options.size) this.spawn();
    return undefined;
  }

  private spawn() {
    const worker = new Worker(WORKER_BOOT, {
      eval: true,
      workerData: { root: process.cwd(), entry: path.join(process.cwd(), "lib/runs/isolation/run-worker.ts") },
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    const slot: TSlot = { worker, ready: false };
    this.slots.add(slot);
    worker.on("message", (m: TFromWorker) => this.onMessage(slot, m));
    worker.on("error", (err) => {
      const outOfMemory = (err as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
      if (!outOfMemory) logError("a run worker failed", err);
      void this.stop(
        slot,
        outOfMemory
          ? `memory limit of ${this.options.memoryMb} MB reached; the run was stopped`
          : `the run worker failed: ${err.message}`,
      );
    });
    worker.on("exit", () => void this.stop(slot, "the run worker stopped unexpectedly"));
  }

  private onMessage(slot: TSlot, m: TFromWorker) {
    if (m.type === "ready") {
      slot.ready = true;
      slot.threadId = m.threadId;
      return this.next(slot);
    }
    const active = slot.active;
    if (!active) return;
    if (m.type === "done") {
      this.finish(slot, m.outcome);
      return this.next(slot);
    }
    void this.serve(active, m.method, m.args).then(
      (value) => this.reply(slot, active, { type: "reply", callId: m.callId, ok: true, value }),
      (err: unknown) => this.reply(slot, active, { type: "reply", callId: m.callId, ok: false, error: wireError(err) }),
    );
  }

  private reply(slot: TSlot, active: TActive, message: TToWorker) {
    if (slot.active === active) slot.worker.postMessage(message);
  }

  private serve(active: TActive, method: TServiceMethod, args: unknown[]): Promise<unknown> {
    const s = active.services;
    const [a, b, c] = args as [never, never, never];
    switch (method) {
      case "findTable":
        return s.findTable(a);
      case "isUniqueValueTaken":
        return s.isUniqueValueTaken(a, b, c);
      case "fetch":
        return s.fetch({ ...(a as object), signal: active.abort.signal } as never);
      case "claim":
        return s.dedupe.claim(a, b);
      case "peek":
        return s.dedupe.peek(a);
      case "getRecord":
        return s.records.get(a, b);
      case "findUniqueRecord":
        return s.records.findUnique(a, b, c);
      case "queryRecords":
        // Bounded by the reader itself (lib/records/sql.ts MAX_QUERY_ROWS), whatever the worker asks.
        return s.records.query(a);
    }
  }

  private start(slot: TSlot, job: TIsolatedRun, services: TRunServices, resolve: (o: TRunOutcome) => void) {
    const timer = setTimeout(
      () => void this.stop(slot, `run time limit of ${job.limits.runTimeoutMs} ms reached; the run was stopped`),
      job.limits.runTimeoutMs + GRACE_MS,
    );
    slot.active = {
      job,
      services,
      resolve,
      abort: new AbortController(),
      elu: slot.worker.performance.eventLoopUtilization(),
      cpuAtStart: slot.threadId === undefined ? undefined : threadCpuMs(slot.threadId),
      started: Date.now(),
      timer,
    };
    slot.worker.postMessage({ type: "run", run: job } satisfies TToWorker);
    this.watchdog ??= setInterval(() => this.watch(), WATCH_MS).unref();
  }

  private next(slot: TSlot) {
    const waiter = this.waiters.shift();
    if (!waiter) return;
    clearTimeout(waiter.timer);
    this.start(slot, waiter.job, waiter.services, waiter.resolve);
  }

  private watch() {
    let busy = false;
    for (const slot of this.slots) {
      if (!slot.active) continue;
      busy = true;
      if (this.cpuUsed(slot, slot.active) > this.options.cpuMs)
        void this.stop(slot, `CPU time limit of ${this.options.cpuMs} ms reached; the run was stopped`);
    }
    if (!busy) {
      clearInterval(this.watchdog);
      this.watchdog = undefined;
    }
  }

  private cpuUsed(slot: TSlot, active: TActive): number {
    const now = slot.threadId === undefined ? undefined : threadCpuMs(slot.threadId);
    if (now !== undefined && active.cpuAtStart !== undefined) return now - active.cpuAtStart;
    return slot.worker.performance.eventLoopUtilization(active.elu).active;
  }

  private finish(slot: TSlot, outcome: TRunOutcome) {
    const active = slot.active;
    if (!active) return;
    slot.active = undefined;
    clearTimeout(active.timer);
    active.abort.abort();
    active.resolve(outcome);
  }

  /** Ends the slot's run (if any) with `message`, stops its worker and starts another in its place. */
  private async stop(slot: TSlot, message: string, status = 500) {
    if (!this.slots.delete(slot)) return;
    const active = slot.active;
    if (active) this.finish(slot, stoppedRun(active.job.requestId, message, status, {}, Date.now() - active.started));
    await slot.worker.terminate();
    if (this.closed || (this.waiters.length === 0 && this.slots.size >= this.options.size)) return;
    // A worker that never started (a broken install) is not restarted in a tight loop.
    if (slot.ready) this.spawn();
    else setTimeout(() => !this.closed && this.slots.size < this.options.size && this.spawn(), 1_000).unref();
  }
}
