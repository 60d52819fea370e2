import { describe, expect, it } from "vitest";
import { compilePlan } from "@/lib/engine/plan";
import { runPlan } from "@/lib/engine/run-plan";
import { DEFAULT_RUN_LIMITS } from "@/lib/engine/types";
import { ZGraph } from "@/lib/graph/schema";
import { chainRequest, runChain } from "@/tests/support/graph-builder";
import { memoryServices } from "@/tests/support/memory-services";

describe("dedupe", () => {
  it("lets the first delivery through and answers a copy with the first answer, ending the run", async () => {
    const graph = ZGraph.parse({
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "raw", type: "getRawInput", config: { as: "p" } },
        { id: "once", type: "dedupe", config: { key: "$p.id" } },
        { id: "after", type: "setVariable", config: { name: "ran", value: "true" } },
      ],
      edges: [
        { source: "start", target: "raw" },
        { source: "raw", target: "once" },
        { source: "once", target: "after" },
      ],
    });
    const { services } = memoryServices();
    const plan = compilePlan(graph, DEFAULT_RUN_LIMITS.expression);
    const run = () =>
      runPlan({
        plan,
        requestId: "r",
        request: chainRequest('{"id":"evt_9"}'),
        env: {},
        services,
        limits: DEFAULT_RUN_LIMITS,
      });
    const first = await run();
    expect(first.trace.map((t) => t.nodeId)).toEqual(["start", "raw", "once", "after"]);
    const copy = await run();
    expect(copy.trace.map((t) => t.nodeId)).toEqual(["start", "raw", "once"]);
    expect(copy.trace[2]?.output).toMatchObject({ duplicate: true, key: "evt_9" });
    expect(copy.response).toEqual({ status: 200, headers: {}, body: { first: "evt_9" } });
  });
  it("fails on an empty key", async () => {
    const r = await runChain([{ id: "once", type: "dedupe", config: { key: "$nothing" } }]);
    expect(r.error).toMatchObject({ nodeId: "once", message: "the dedupe key is empty" });
  });
});
