import { describe, expect, it } from "vitest";
import { ZGraph } from "@/lib/graph/schema";
import { runGraph } from "@/tests/support/graph-builder";

/** webhook → forEach over `list`: `each` stores the item, `done` answers with the count. */
const loop = (list: string) =>
  ZGraph.parse({
    version: 1,
    nodes: [
      { id: "start", type: "webhook", config: {} },
      { id: "loop", type: "forEach", config: { list, as: "item" } },
      { id: "seen", type: "setVariable", config: { name: "last", value: "$item" } },
      { id: "out", type: "response", config: { body: "{ 'count': $count }" } },
    ],
    edges: [
      { source: "start", target: "loop" },
      { source: "loop", sourceHandle: "each", target: "seen" },
      { source: "loop", sourceHandle: "done", target: "out" },
    ],
  });

describe("forEach", () => {
  it("runs the each branch once per item, then continues on done", async () => {
    const r = await runGraph(loop("[10, 20, 30]"));
    expect(r.trace.filter((t) => t.nodeId === "seen")).toHaveLength(3);
    expect(r.trace.find((t) => t.nodeId === "loop")?.output).toEqual({ count: 3 });
  });

  it("treats a lone value as one item and nothing as none", async () => {
    expect((await runGraph(loop("'one'"))).trace.filter((t) => t.nodeId === "seen")).toHaveLength(1);
    expect((await runGraph(loop("$nothing"))).trace.filter((t) => t.nodeId === "seen")).toHaveLength(0);
  });
});
