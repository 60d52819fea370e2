import { afterAll, describe, expect, it } from "vitest";
import { compilePlan } from "@/lib/engine/plan";
import { DEFAULT_RUN_LIMITS } from "@/lib/engine/types";
import { ZGraph } from "@/lib/graph/schema";
import { INVOICE_LINES, memoryServices } from "@/tests/support/memory-services";
import { testRequest } from "@/tests/support/test-request";
import { RunPool } from "./run-pool";
import type { TIsolatedRun } from "./protocol";

const respond = (body: string) =>
  compilePlan(
    ZGraph.parse({
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "raw", type: "getRawInput", config: { as: "input" } },
        { id: "ok", type: "response", config: { status: "200", body } },
      ],
      edges: [
        { source: "start", target: "raw" },
        { source: "raw", target: "ok" },
      ],
    }),
    DEFAULT_RUN_LIMITS.expression,
  );

function job(body: string, payload: unknown, runTimeoutMs = 10_000): TIsolatedRun {
  return {
    plan: respond(body).source,
    requestId: "req_1",
    request: testRequest(JSON.stringify(payload)),
    env: {},
    secrets: [],
    limits: { ...DEFAULT_RUN_LIMITS, runTimeoutMs },
    dryRun: false,
    bodyStoredWhole: true,
    traceChars: 1024 * 1024,
  };
}

/** The longest the main thread's event loop was held up while `work` ran: what every other request would wait. */
async function worstLag<T>(work: Promise<T>): Promise<{ value: T; lagMs: number }> {
  let worst = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  try {
    return { value: await work, lagMs: worst };
  } finally {
    clearInterval(timer);
  }
}

describe("RunPool: runs that need the full evaluator, isolated in worker threads", () => {
  const pool = new RunPool({ size: 2, queue: 4, cpuMs: 1_000, memoryMb: 64 });
  const { services } = memoryServices([INVOICE_LINES]);
  afterAll(() => pool.close());

  it("runs a stack and answers like the main thread would", async () => {
    const out = await pool.run(job("{ 'sorted': $sort($input.items) }", { items: [3, 1, 2] }), services);
    expect(out.error).toBeUndefined();
    expect(out.response).toEqual({ status: 200, headers: {}, body: { sorted: [1, 2, 3] } });
    expect(JSON.parse(out.traceJson).steps.map((s: { n: string }) => s.n)).toEqual(["start", "raw", "ok"]);
  });

  it("stops a run past its CPU time with a 500 that names the limit, and keeps the event loop free meanwhile", async () => {
    const items = Array.from({ length: 99_999 }, (_, i) => (i * 7919) % 99_999);
    const { value: out, lagMs } = await worstLag(pool.run(job("$sort($input.items)[0]", { items }), services));
    expect(out.response.status).toBe(500);
    expect(out.error?.message).toMatch(/CPU time limit of 1000 ms reached/);
    expect(out.records).toEqual([]);
    expect(lagMs).toBeLessThan(300);
    // The pool replaced the stopped worker: the next run works.
    expect((await pool.run(job("$count($input.items)", { items: [1, 2] }), services)).response.body).toBe(2);
  });

  it("stops a run past its memory limit without touching this thread", async () => {
    const out = await pool.run(job("$count([1..90000].$pad('', 2000, 'x'))", {}), services);
    expect(out.response.status).toBe(500);
    expect(out.error?.message).toMatch(/memory limit of 64 MB reached|limit/);
  });

  it("fails a string that doubles past the value cap at once, instead of aborting the process", async () => {
    const double = "($d := function($s, $n){ $n = 0 ? $s : $d($s & $s, $n - 1) }; $length($d('x', 27)))";
    const out = await pool.run(job(double, {}), services);
    expect(out.response.status).toBe(500);
    expect(out.error?.message).toMatch(/value limit/);
  });

  it("stops a run that outlives its run time limit (a regular expression that backtracks for ever)", async () => {
    const evil = "$contains($input.s, /^(a+)+$/)";
    const { value: out, lagMs } = await worstLag(pool.run(job(evil, { s: "a".repeat(40) + "!" }, 300), services));
    expect(out.response.status).toBe(500);
    expect(out.error?.message).toMatch(/limit/);
    expect(lagMs).toBeLessThan(300);
  });
});
