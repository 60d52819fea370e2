import { describe, expect, it } from "vitest";
import { ZGraph, type TGraphInput } from "@/lib/graph/schema";
import { chainGraph, type TChainNode } from "@/tests/support/graph-builder";
import { INVOICE_LINES, memoryServices } from "@/tests/support/memory-services";
import { testRequest } from "@/tests/support/test-request";
import { invoicePaidEvent, stripeSignature } from "@/tests/support/stripe-event";
import example from "@/tests/support/contract-example.graph.json";
import { compilePlan, InvalidGraphError } from "./plan";
import { runPlan, type TRunInput } from "./run-plan";
import { DEFAULT_RUN_LIMITS, type TRequestInfo, type TRunLimits } from "./types";

const SECRET = "whsec_test_secret_123";

function run(graph: unknown, req: TRequestInfo, extra: Partial<TRunInput> = {}, limits: Partial<TRunLimits> = {}) {
  const full = { ...DEFAULT_RUN_LIMITS, ...limits };
  const { services, sent } = memoryServices([INVOICE_LINES]);
  const plan = compilePlan(ZGraph.parse(graph), full.expression);
  const result = runPlan({
    plan,
    requestId: "req_1",
    request: req,
    env: { STRIPE_SECRET: SECRET },
    services,
    limits: full,
    ...extra,
  });
  return { result, sent };
}

const chain = (...nodes: TChainNode[]) => chainGraph(nodes);

describe("runPlan: the contract's example receiver", () => {
  it("stores one record per invoice line and answers 200 for a signed invoice.paid event", async () => {
    const body = JSON.stringify(invoicePaidEvent("evt_1", 3));
    const { result } = run(example, testRequest(body, { "stripe-signature": stripeSignature(body, SECRET) }));
    const r = await result;
    expect(r.error).toBeUndefined();
    expect(r.response).toEqual({ status: 200, headers: {}, body: { received: true } });
    expect(r.records.map((x) => x.data)).toEqual([
      { event_id: "evt_1", amount: 1000 },
      { event_id: "evt_1", amount: 1001 },
      { event_id: "evt_1", amount: 1002 },
    ]);
    expect(r.trace.map((t) => [t.nodeId, t.status, t.iteration])).toEqual([
      ["start", "ok", undefined],
      ["raw", "ok", undefined],
      ["sig", "ok", undefined],
      ["paid", "ok", undefined],
      ["lines", "ok", undefined],
      ["save", "ok", 0],
      ["save", "ok", 1],
      ["save", "ok", 2],
      ["ok", "ok", undefined],
    ]);
    expect(r.trace.find((t) => t.nodeId === "paid")?.handle).toBe("true");
  });

  it("takes the false branch for other event types and stores nothing", async () => {
    const body = JSON.stringify(invoicePaidEvent("evt_2", 2, "customer.created"));
    const r = await run(example, testRequest(body, { "stripe-signature": stripeSignature(body, SECRET) })).result;
    expect(r.response.status).toBe(200);
    expect(r.records).toEqual([]);
    expect(r.trace.map((t) => t.nodeId)).toEqual(["start", "raw", "sig", "paid", "ok"]);
  });

  it("answers 401 and stores nothing when the signature is wrong, without leaking the secret", async () => {
    const body = JSON.stringify(invoicePaidEvent("evt_3", 2));
    const r = await run(example, testRequest(body, { "stripe-signature": stripeSignature(body, "whsec_other") }))
      .result;
    expect(r.response).toEqual({ status: 401, headers: {}, body: { error: "invalid signature" } });
    expect(r.records).toEqual([]);
    expect(r.error?.nodeId).toBe("sig");
    expect(JSON.stringify(r.trace)).not.toContain(SECRET);
    expect(r.trace.find((t) => t.nodeId === "sig")?.input?.secret).toBe("[redacted]");
  });

  it("answers 400 for a body that is not JSON", async () => {
    const r = await run(example, testRequest("{not json")).result;
    expect(r.response.status).toBe(400);
    expect(r.response.body).toMatchObject({ error: expect.stringContaining("not valid JSON") });
    expect(r.error?.nodeId).toBe("raw");
  });
});

describe("runPlan: flow", () => {
  it("answers 200 {ok:true} when the run ends without a response node", async () => {
    const r = await run(
      chain({ id: "v", type: "setVariable", config: { name: "x", value: "1 + 1" } }),
      testRequest("{}"),
    ).result;
    expect(r.response).toEqual({ status: 200, headers: {}, body: { ok: true } });
    expect(r.trace[1]?.output).toBe(2);
  });

  it("sends a failing node's run down its error handle with $error", async () => {
    const graph: TGraphInput = {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "boom", type: "setVariable", config: { name: "x", value: "$error('kaput')" } },
        {
          id: "handled",
          type: "response",
          config: { status: "422", body: "{ 'failed': $error.nodeId, 'why': $error.message }" },
        },
      ],
      edges: [
        { source: "start", target: "boom" },
        { source: "boom", sourceHandle: "error", target: "handled" },
      ],
    };
    const r = await run(graph, testRequest("{}")).result;
    expect(r.response).toEqual({ status: 422, headers: {}, body: { failed: "boom", why: "kaput" } });
    expect(r.error).toBeUndefined();
    expect(r.trace.map((t) => t.status)).toEqual(["ok", "error", "ok"]);
  });

  it("ends with 500 naming the node when a failing node has no error handle", async () => {
    const r = await run(
      chain({ id: "boom", type: "setVariable", config: { name: "x", value: "$error('kaput')" } }),
      testRequest("{}"),
    ).result;
    expect(r.response).toEqual({ status: 500, headers: {}, body: { error: "kaput", requestId: "req_1" } });
    expect(r.error).toEqual({ nodeId: "boom", message: "kaput" });
  });

  it("stores no records when a later node fails", async () => {
    const r = await run(
      chain(
        { id: "save", type: "addRecord", config: { table: "invoice_lines", fields: { event_id: "'e'", amount: "5" } } },
        { id: "boom", type: "setVariable", config: { name: "x", value: "$error('late failure')" } },
      ),
      testRequest("{}"),
    ).result;
    expect(r.response.status).toBe(500);
    expect(r.records).toEqual([]);
  });

  it("traces nested loops with their iteration path", async () => {
    const graph: TGraphInput = {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "outer", type: "forEach", config: { list: "[[1,2],[3]]", as: "row" } },
        { id: "inner", type: "forEach", config: { list: "$row", as: "cell", indexAs: "j" } },
        { id: "v", type: "setVariable", config: { name: "last", value: "$cell" } },
        { id: "out", type: "response", config: { body: "$last" } },
      ],
      edges: [
        { source: "start", target: "outer" },
        { source: "outer", sourceHandle: "each", target: "inner" },
        { source: "inner", sourceHandle: "each", target: "v" },
        { source: "outer", sourceHandle: "done", target: "out" },
      ],
    };
    const r = await run(graph, testRequest("{}")).result;
    expect(r.response.body).toBe(3);
    const v = r.trace.filter((t) => t.nodeId === "v").map((t) => [t.iteration, t.iterationPath]);
    expect(v).toEqual([
      [0, [0, 0]],
      [1, [0, 1]],
      [0, [1, 0]],
    ]);
  });
});

describe("runPlan: limits a bad graph cannot escape", () => {
  it("stops a loop over more items than allowed, naming the limit and the node", async () => {
    const graph = chain({ id: "many", type: "forEach", config: { list: "[1..50]" } });
    const r = await run(graph, testRequest("{}"), {}, { maxIterations: 10 }).result;
    expect(r.response.status).toBe(500);
    expect(r.error).toMatchObject({ nodeId: "many", message: expect.stringContaining("limit of 10 iterations") });
  });

  it("stops a run that executes more nodes than allowed", async () => {
    const graph: TGraphInput = {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "loop", type: "forEach", config: { list: "[1..100]" } },
        { id: "step", type: "setVariable", config: { name: "x", value: "$item" } },
      ],
      edges: [
        { source: "start", target: "loop" },
        { source: "loop", sourceHandle: "each", target: "step" },
      ],
    };
    const r = await run(graph, testRequest("{}"), {}, { maxSteps: 25 }).result;
    expect(r.response.status).toBe(500);
    expect(r.error?.message).toContain("limit of 25 node executions");
    expect(r.error?.message).toContain('"step"');
  });

  it("stops an expression that recurses forever", async () => {
    const graph = chain({
      id: "rec",
      type: "setVariable",
      config: { name: "x", value: "($f := function($n){ $f($n + 1) }; $f(0))" },
    });
    const r = await run(
      graph,
      testRequest("{}"),
      {},
      { expression: { timeoutMs: 200, maxDepth: 200, maxSequence: 1000 } },
    ).result;
    expect(r.response.status).toBe(500);
    expect(r.error?.nodeId).toBe("rec");
  });

  it("stops a run past its time limit", async () => {
    const graph = chain(
      { id: "slow", type: "externalRequest", config: { url: "'https://slow.example'" } },
      { id: "after", type: "setVariable", config: { name: "x", value: "1" } },
    );
    const limits = { ...DEFAULT_RUN_LIMITS, runTimeoutMs: 50 };
    const { services } = memoryServices();
    services.fetch = async () => {
      await new Promise((r) => setTimeout(r, 120));
      return { status: 200, headers: {}, body: "" };
    };
    const plan = compilePlan(ZGraph.parse(graph), limits.expression);
    const r = await runPlan({ plan, requestId: "req_1", request: testRequest("{}"), env: {}, services, limits });
    expect(r.response.status).toBe(500);
    expect(r.error).toMatchObject({
      nodeId: "after",
      message: expect.stringContaining('run time limit of 50 ms reached at node "after"'),
    });
  });

  it("refuses to compile an invalid graph", () => {
    expect(() =>
      compilePlan(ZGraph.parse(chain({ id: "x", type: "conditional" })), DEFAULT_RUN_LIMITS.expression),
    ).toThrow(InvalidGraphError);
  });
});

describe("runPlan: dry run", () => {
  it("writes and sends nothing, and traces what it would have done", async () => {
    const graph = chain(
      { id: "save", type: "addRecord", config: { table: "invoice_lines", fields: { event_id: "'e'", amount: "5" } } },
      {
        id: "call",
        type: "externalRequest",
        config: { url: "'https://api.example.com/x'", body: "{ 'id': $record.id }" },
      },
    );
    const { result, sent } = run(graph, testRequest("{}"), { dryRun: true });
    const r = await result;
    expect(r.records).toEqual([]);
    expect(sent).toEqual([]);
    const save = r.trace.find((t) => t.nodeId === "save")!;
    expect(save.status).toBe("skipped");
    expect(save.output).toMatchObject({
      dryRun: true,
      wouldWrite: { table: "invoice_lines", record: { event_id: "e", amount: 5 } },
    });
    const call = r.trace.find((t) => t.nodeId === "call")!;
    expect(call.status).toBe("skipped");
    expect(call.output).toMatchObject({ wouldSend: { method: "POST", url: "https://api.example.com/x" } });
  });
});
