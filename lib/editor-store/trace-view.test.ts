import { describe, expect, it } from "vitest";
import type { TTraceEntry } from "./run-types";
import { entryFor, failedNodeId, iterationSteps, nodeRuns, takenEdgeIds } from "./trace-view";

const at = "2026-01-01T00:00:00.000Z";
const e = (nodeId: string, type: string, extra: Partial<TTraceEntry> = {}): TTraceEntry => ({
  nodeId,
  type,
  status: "ok",
  startedAt: at,
  durationMs: 1,
  handle: "next",
  ...extra,
});

/** The contract's example: start → raw → sig → paid(true) → lines(each: save ×2, done: ok). */
const LOOP_TRACE: TTraceEntry[] = [
  e("start", "webhook"),
  e("raw", "getRawInput"),
  e("sig", "hmacVerify"),
  e("paid", "conditional", { handle: "true" }),
  e("lines", "forEach", { handle: "each", output: { count: 2 } }),
  e("save", "addRecord", { iteration: 0, status: "skipped", output: { wouldWrite: { amount: 1 } } }),
  e("save", "addRecord", { iteration: 1, status: "skipped", durationMs: 2, output: { wouldWrite: { amount: 2 } } }),
  e("ok", "response", { handle: undefined }),
];

const EDGES = [
  { id: "a", source: "start", sourceHandle: "next", target: "raw" },
  { id: "b", source: "raw", sourceHandle: "next", target: "sig" },
  { id: "c", source: "sig", sourceHandle: "next", target: "paid" },
  { id: "d", source: "paid", sourceHandle: "true", target: "lines" },
  { id: "e", source: "paid", sourceHandle: "false", target: "ok" },
  { id: "f", source: "lines", sourceHandle: "each", target: "save" },
  { id: "g", source: "lines", sourceHandle: "done", target: "ok" },
];

describe("trace on the canvas", () => {
  it("highlights the path taken, loop edges included, and not the branch left alone", () => {
    expect([...takenEdgeIds(LOOP_TRACE, EDGES)].sort()).toEqual(["a", "b", "c", "d", "f", "g"]);
  });

  it("does not count a loop's body when its list was empty", () => {
    const empty = [
      ...LOOP_TRACE.slice(0, 4),
      e("lines", "forEach", { handle: "each", output: { count: 0 } }),
      e("ok", "response", { handle: undefined }),
    ];
    expect([...takenEdgeIds(empty, EDGES)].sort()).toEqual(["a", "b", "c", "d", "g"]);
  });

  it("follows an error handle to where the run went on", () => {
    const trace = [
      e("start", "webhook"),
      e("call", "externalRequest", { status: "error", handle: undefined, error: "boom" }),
      e("fallback", "response", { handle: undefined }),
    ];
    const edges = [
      { id: "x", source: "start", sourceHandle: "next", target: "call" },
      { id: "y", source: "call", sourceHandle: "next", target: "ok" },
      { id: "z", source: "call", sourceHandle: "error", target: "fallback" },
    ];
    expect([...takenEdgeIds(trace, edges)].sort()).toEqual(["x", "z"]);
    // Handled: the run did not fail there.
    expect(failedNodeId(trace, null)).toBeUndefined();
    expect(failedNodeId(trace, { message: "x" })).toBe("call");
    expect(failedNodeId(trace, { nodeId: "sig", message: "invalid signature" })).toBe("sig");
  });

  it("sums a loop body's executions, and narrows them to one iteration", () => {
    const all = nodeRuns(LOOP_TRACE);
    expect(all.save).toEqual({ status: "skipped", durationMs: 3, count: 2 });
    expect(all.ok).toEqual({ status: "ok", durationMs: 1, count: 1 });
    const second = nodeRuns(LOOP_TRACE, "1");
    expect(second.save).toEqual({ status: "skipped", durationMs: 2, count: 1 });
    // Nodes outside the loop belong to every iteration.
    expect(second.raw?.status).toBe("ok");
  });

  it("lets a person step through iterations from the loop or from a node inside it", () => {
    expect(iterationSteps(LOOP_TRACE, "lines")).toEqual([
      { key: "0", label: "1" },
      { key: "1", label: "2" },
    ]);
    expect(iterationSteps(LOOP_TRACE, "save").map((s) => s.key)).toEqual(["0", "1"]);
    expect(iterationSteps(LOOP_TRACE, "raw")).toEqual([]);
    expect(entryFor(LOOP_TRACE, "save", "1")?.output).toEqual({ wouldWrite: { amount: 2 } });
    expect(entryFor(LOOP_TRACE, "save", null)?.iteration).toBe(0);
  });

  it("handles nested loops by their full path", () => {
    const trace = [
      e("outer", "forEach", { handle: "each" }),
      e("inner", "forEach", { handle: "each", iteration: 0 }),
      e("leaf", "setVariable", { iteration: 0, iterationPath: [0, 0] }),
      e("leaf", "setVariable", { iteration: 1, iterationPath: [0, 1] }),
      e("inner", "forEach", { handle: "each", iteration: 1 }),
      e("leaf", "setVariable", { iteration: 0, iterationPath: [1, 0], status: "error", error: "bad" }),
    ];
    expect(iterationSteps(trace, "outer").map((s) => s.key)).toEqual(["0", "1"]);
    expect(iterationSteps(trace, "leaf").map((s) => s.label)).toEqual(["1 › 1", "1 › 2", "2 › 1"]);
    expect(nodeRuns(trace, "1").leaf).toEqual({ status: "error", durationMs: 1, count: 1, error: "bad" });
    expect(nodeRuns(trace, "0").leaf?.count).toBe(2);
  });
});
