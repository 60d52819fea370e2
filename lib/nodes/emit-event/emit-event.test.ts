import { describe, expect, it } from "vitest";
import { compilePlan } from "@/lib/engine/plan";
import { runPlan } from "@/lib/engine/run-plan";
import { DEFAULT_RUN_LIMITS } from "@/lib/engine/types";
import { ZGraph } from "@/lib/graph/schema";
import { INVOICE_LINES, memoryServices } from "@/tests/support/memory-services";
import { testRequest } from "@/tests/support/test-request";

/** webhook → addRecord → emitEvent (→ a failing node when `fail`). */
function graph(type: string, fail = false) {
  const nodes = [
    { id: "start", type: "webhook", config: {} },
    { id: "raw", type: "getRawInput", config: { as: "payload" } },
    {
      id: "save",
      type: "addRecord",
      config: { table: "invoice_lines", fields: { event_id: "'e1'", amount: "$payload.amount" } },
    },
    { id: "emit", type: "emitEvent", config: { type, data: "{ 'amount': $payload.amount }", as: "evt" } },
    { id: "after", type: "setVariable", config: { name: "x", value: fail ? "$error('no')" : "$evt.id" } },
  ];
  return ZGraph.parse({
    version: 1,
    nodes,
    edges: nodes.slice(1).map((n, i) => ({ source: nodes[i]!.id, target: n.id })),
  });
}

function run(type: string, o: { fail?: boolean; dryRun?: boolean } = {}) {
  const { services } = memoryServices([INVOICE_LINES]);
  const plan = compilePlan(graph(type, o.fail), DEFAULT_RUN_LIMITS.expression);
  return runPlan({
    plan,
    requestId: "req_1",
    request: testRequest('{"amount":5}'),
    env: {},
    services,
    limits: DEFAULT_RUN_LIMITS,
    dryRun: o.dryRun,
  });
}

describe("emitEvent", () => {
  it("emits its event and record.created for the record, to be committed with the run; binds { id, type }", async () => {
    const r = await run("'order.paid'");
    expect(r.error).toBeUndefined();
    expect(r.events.map((e) => e.type)).toEqual(["record.created", "order.paid"]);
    expect(r.events[0]!.data).toMatchObject({ table: "invoice_lines", record: { amount: 5, id: r.records[0]!.id } });
    expect(r.events[1]).toMatchObject({ id: expect.stringMatching(/^evt_/), data: { amount: 5 } });
    expect(r.trace.find((t) => t.nodeId === "after")?.output).toBe(r.events[1]!.id);
  });

  it("a run that fails keeps no events", async () => {
    const r = await run("'order.paid'", { fail: true });
    expect(r.error).toBeDefined();
    expect(r.events).toEqual([]);
  });

  it("refuses a type that is not an event name", async () => {
    const r = await run("'has space'");
    expect(r.error).toMatchObject({ nodeId: "emit", message: expect.stringContaining("event type") });
  });

  it("a dry run emits nothing and says what it would have", async () => {
    const r = await run("'order.paid'", { dryRun: true });
    expect(r.events).toEqual([]);
    expect(r.trace.find((t) => t.nodeId === "emit")).toMatchObject({
      status: "skipped",
      output: { wouldEmit: { type: "order.paid" } },
    });
  });
});
