import { describe, expect, it } from "vitest";
import example from "@/tests/support/contract-example.graph.json";
import { openEndMessage, openEnds } from "./response-paths";

const start = { id: "start", type: "webhook" };
const node = (id: string, type: string) => ({ id, type });
const edge = (source: string, target: string, sourceHandle = "next") => ({ source, target, sourceHandle });

describe("branches that end without a Response", () => {
  it("finds none in the contract's example, where every branch answers", () => {
    expect(openEnds(example)).toEqual([]);
  });

  it("reports an empty stack at its start node", () => {
    expect(openEnds({ nodes: [start], edges: [] })).toEqual([{ nodeId: "start", handle: "next" }]);
  });

  it("reports an unconnected false branch of a condition, not its answered true branch", () => {
    const graph = {
      nodes: [start, node("if", "conditional"), node("ok", "response")],
      edges: [edge("start", "if"), edge("if", "ok", "true")],
    };
    expect(openEnds(graph)).toEqual([{ nodeId: "if", handle: "false" }]);
  });

  it("reports a chain that runs out, and ignores nodes nothing leads to", () => {
    const graph = {
      nodes: [start, node("raw", "getRawInput"), node("set", "setVariable"), node("lonely", "setVariable")],
      edges: [edge("start", "raw"), edge("raw", "set")],
    };
    expect(openEnds(graph)).toEqual([{ nodeId: "set", handle: "next" }]);
  });

  it("does not count an unconnected error output (the run fails, it does not succeed silently)", () => {
    const graph = {
      nodes: [start, node("raw", "getRawInput"), node("r", "response")],
      edges: [edge("start", "raw"), edge("raw", "r")],
    };
    expect(openEnds(graph)).toEqual([]);
  });

  it("treats the end of a loop body as a return to the loop, and reports an open done", () => {
    const graph = {
      nodes: [start, node("loop", "forEach"), node("body", "setVariable"), node("r", "response")],
      edges: [edge("start", "loop"), edge("loop", "body", "each")],
    };
    expect(openEnds(graph)).toEqual([{ nodeId: "loop", handle: "done" }]);
    const answered = { ...graph, edges: [...graph.edges, edge("loop", "r", "done")] };
    expect(openEnds(answered)).toEqual([]);
  });

  it("walks error branches and terminates on loops of edges", () => {
    const graph = {
      nodes: [
        start,
        node("raw", "getRawInput"),
        node("a", "setVariable"),
        node("b", "setVariable"),
        node("r", "response"),
      ],
      edges: [edge("start", "raw"), edge("raw", "r"), edge("raw", "a", "error"), edge("a", "b"), edge("b", "a")],
    };
    expect(openEnds(graph)).toEqual([]);
    const open = { ...graph, edges: graph.edges.slice(0, 4) };
    expect(openEnds(open)).toEqual([{ nodeId: "b", handle: "next" }]);
  });

  it("says what the caller then gets", () => {
    expect(openEndMessage({ nodeId: "if", handle: "false" }, 2)).toBe(
      'the "false" branch ends without a Response node, so the caller gets 200 {"ok":true}',
    );
    expect(openEndMessage({ nodeId: "set", handle: "next" }, 1)).toContain("the run ends here");
  });
});
