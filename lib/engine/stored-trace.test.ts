import { describe, expect, it } from "vitest";
import { ZGraph, type TGraphInput } from "@/lib/graph/schema";
import { INVOICE_LINES, memoryServices } from "@/tests/support/memory-services";
import { testRequest } from "@/tests/support/test-request";
import { invoicePaidEvent, stripeSignature } from "@/tests/support/stripe-event";
import example from "@/tests/support/contract-example.graph.json";
import { compilePlan } from "./plan";
import { runPlan, type TRunInput } from "./run-plan";
import { decodeTrace } from "./stored-trace";
import { DEFAULT_RUN_LIMITS, type TTraceEntry } from "./types";

const SECRET = "whsec_test_secret_123";

function run(graph: TGraphInput, body: string, extra: Partial<TRunInput> = {}) {
  const { services } = memoryServices([INVOICE_LINES]);
  const plan = compilePlan(ZGraph.parse(graph), DEFAULT_RUN_LIMITS.expression);
  const req = testRequest(body, { "stripe-signature": stripeSignature(body, SECRET) });
  return runPlan({
    plan,
    requestId: "req_1",
    request: req,
    env: { STRIPE_SECRET: SECRET },
    services,
    limits: DEFAULT_RUN_LIMITS,
    ...extra,
  });
}

const rawThenRespond = (encoding: string, respondBody = "{ 'ok': true }"): TGraphInput => ({
  version: 1,
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "raw", type: "getRawInput", config: { encoding, as: "payload" } },
    { id: "ok", type: "response", config: { status: "200", body: respondBody } },
  ],
  edges: [
    { source: "start", target: "raw" },
    { source: "raw", target: "ok" },
  ],
});

const stored = (json: string) => JSON.parse(json) as { v: number; steps: { n: string; o?: unknown; ob?: string }[] };
const rawStep = (json: string) => stored(json).steps.find((s) => s.n === "raw")!;

describe("the stored trace", () => {
  it("decodes to the public entries: type, status, ISO start, duration, input, output, handle, iteration", async () => {
    const body = JSON.stringify(invoicePaidEvent("evt_1", 2));
    const r = await run(example as TGraphInput, body);
    const trace = decodeTrace(r.traceJson, body);
    expect(trace.map((e) => [e.nodeId, e.type, e.status, e.handle, e.iteration])).toEqual([
      ["start", "webhook", "ok", "next", undefined],
      ["raw", "getRawInput", "ok", "next", undefined],
      ["sig", "hmacVerify", "ok", "next", undefined],
      ["paid", "conditional", "ok", "true", undefined],
      ["lines", "forEach", "ok", "each", undefined],
      ["save", "addRecord", "ok", "next", 0],
      ["save", "addRecord", "ok", "next", 1],
      ["ok", "response", "ok", undefined, undefined],
    ]);
    for (const e of trace) {
      expect(Date.parse(e.startedAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(e.durationMs).toBeGreaterThanOrEqual(0);
      expect(e.input).toBeTypeOf("object");
    }
    expect(trace[1]!.output).toEqual(JSON.parse(body));
    expect(trace[2]!.input).toEqual({ secret: "[redacted]" });
    expect(trace[5]!.input).toEqual({ fields: { event_id: "evt_1", amount: 1000 } });
    expect(r.trace).toEqual(trace);
  });

  it("refers to the stored body instead of repeating it, and is much smaller than the public form", async () => {
    const body = JSON.stringify(invoicePaidEvent("evt_1", 10));
    const r = await run(example as TGraphInput, body);
    expect(rawStep(r.traceJson)).toEqual(expect.objectContaining({ ob: "json" }));
    expect(rawStep(r.traceJson)).not.toHaveProperty("o");
    expect(r.traceJson.length).toBeLessThan(JSON.stringify(r.trace).length * 0.6);
  });

  it("repeats the body when the history keeps only part of it", async () => {
    const body = JSON.stringify({ a: 1 });
    const r = await run(rawThenRespond("json"), body, { bodyStoredWhole: false });
    expect(rawStep(r.traceJson)).toEqual(expect.objectContaining({ o: { a: 1 } }));
    expect(decodeTrace(r.traceJson, "")[1]!.output).toEqual({ a: 1 });
  });

  it("repeats the body, masked, when it holds a secret (so decoding cannot unmask it)", async () => {
    const body = JSON.stringify({ leaked: `key ${SECRET}` });
    const r = await run(rawThenRespond("json"), body);
    expect(rawStep(r.traceJson).ob).toBeUndefined();
    expect(r.traceJson).not.toContain(SECRET);
    expect(decodeTrace(r.traceJson, body)[1]!.output).toEqual({ leaked: "key [redacted]" });
  });

  it("repeats a JSON body with escape sequences, which could spell a secret the raw text does not show", async () => {
    const escaped = `{"leaked":"${SECRET.replace("w", "\\u0077")}"}`;
    const r = await run(rawThenRespond("json"), escaped);
    expect(rawStep(r.traceJson).ob).toBeUndefined();
    expect(decodeTrace(r.traceJson, escaped)[1]!.output).toEqual({ leaked: "[redacted]" });
  });

  it("refers to a text body too, but repeats a form body", async () => {
    const text = await run(rawThenRespond("text"), "hello there");
    expect(rawStep(text.traceJson).ob).toBe("text");
    expect(decodeTrace(text.traceJson, "hello there")[1]!.output).toBe("hello there");
    const form = await run(rawThenRespond("form"), "a=1&b=2");
    expect(rawStep(form.traceJson).ob).toBeUndefined();
    expect(decodeTrace(form.traceJson, "a=1&b=2")[1]!.output).toEqual({ a: "1", b: "2" });
  });

  it("keeps a failing node's error and no handle", async () => {
    const r = await run(rawThenRespond("json", "$number('abc')"), "{}");
    const failed = r.trace.at(-1)!;
    expect(failed).toEqual(expect.objectContaining({ nodeId: "ok", status: "error" }));
    expect(failed.error).toBeTypeOf("string");
    expect(failed.handle).toBeUndefined();
  });

  it("reads traces stored in the earlier form (a plain array of entries)", () => {
    const old: TTraceEntry[] = [
      {
        nodeId: "start",
        type: "webhook",
        status: "ok",
        startedAt: "2026-11-01T10:00:00.000Z",
        durationMs: 0.1,
        input: {},
        output: { a: 1 },
        handle: "next",
      },
    ];
    expect(decodeTrace(JSON.stringify(old), "")).toEqual(old);
    expect(decodeTrace("not json", "")).toEqual([]);
    expect(decodeTrace(null, "")).toEqual([]);
  });
});
