import { afterAll, describe, expect, it } from "vitest";
import { compilePlan } from "@/lib/engine/plan";
import { DEFAULT_RUN_LIMITS } from "@/lib/engine/types";
import { ZGraph } from "@/lib/graph/schema";
import { INVOICE_LINES, memoryServices } from "@/tests/support/memory-services";
import { testRequest } from "@/tests/support/test-request";
import { RunPool } from "./run-pool";
import type { TIsolatedRun } from "./protocol";

const respond = (body: string, expressionTimeoutMs = DEFAULT_RUN_LIMITS.expression.timeoutMs) =>
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
    { ...DEFAULT_RUN_LIMITS.expression, timeoutMs: expressionTimeoutMs },
  );

function job(body: string, payload: unknown, runTimeoutMs = 10_000, expressionTimeoutMs?: number): TIsolatedRun {
  return {
    plan: respond(body, expressionTimeoutMs).source,
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
    // A backtracking regular expression: pure CPU inside one step, which no expression timeout can interrupt.
    const evil = "$contains($input.s, /^(a+)+$/)";
    const { value: out, lagMs } = await worstLag(pool.run(job(evil, { s: `${"a".repeat(40)}!` }, 20_000), services));
    expect(out.response.status).toBe(500);
    expect(out.error?.message).toMatch(/CPU time limit of 1000 ms reached/);
    expect(out.records).toEqual([]);
    expect(lagMs).toBeLessThan(300);
    // The pool replaced the stopped worker: the next run works.
    expect((await pool.run(job("$count($input.items)", { items: [1, 2] }), services)).response.body).toBe(2);
  });

  it("stops a run past its memory limit without touching this thread", async () => {
    const roomy = new RunPool({ size: 1, queue: 1, cpuMs: 60_000, memoryMb: 64 });
    const out = await roomy.run(job("$count([1..200].{ 'a': [1..50000] })", {}, 60_000, 60_000), services);
    await roomy.close();
    expect(out.response.status).toBe(500);
    expect(out.error?.message).toMatch(/memory limit of 64 MB reached/);
  });

  it("fails a string that doubles past the value cap at once, instead of aborting the process", async () => {
    const double = "($d := function($s, $n){ $n = 0 ? $s : $d($s & $s, $n - 1) }; $length($d('x', 27)))";
    const out = await pool.run(job(double, {}), services);
    expect(out.response.status).toBe(500);
    expect(out.error?.message).toMatch(/value limit/);
  });

  it("stops a run that outlives its run time limit, CPU or not", async () => {
    const evil = "$contains($input.s, /^(a+)+$/)";
    const { value: out, lagMs } = await worstLag(pool.run(job(evil, { s: "a".repeat(40) + "!" }, 300), services));
    expect(out.response.status).toBe(500);
    expect(out.error?.message).toMatch(/run time limit of 300 ms reached|CPU time limit/);
    expect(lagMs).toBeLessThan(300);
  });
});
