import { describe, expect, it } from "vitest";
import { diffGraphs, diffSettings, diffVersions, stableJson, type TDiffGraph } from "./version-diff";

const v1: TDiffGraph = {
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "if", type: "conditional", config: { condition: "$input.a = 1" } },
    { id: "ok", type: "response", config: { status: "200", body: "{ 'ok': true }" } },
  ],
  edges: [
    { source: "start", target: "if" },
    { source: "if", sourceHandle: "true", target: "ok" },
  ],
};

describe("diffGraphs", () => {
  it("finds no change when only positions or key order differ", () => {
    const moved: TDiffGraph = {
      ...v1,
      nodes: v1.nodes.map((n) => ({ ...n, config: Object.fromEntries(Object.entries(n.config ?? {}).reverse()) })),
    };
    expect(diffGraphs(v1, moved)).toEqual([]);
  });

  it("lists added, removed and changed nodes with the fields that changed", () => {
    const v2: TDiffGraph = {
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "if", type: "conditional", config: { condition: "$input.a = 2" }, label: "Is it two?" },
        { id: "no", type: "response", config: { status: "204" } },
      ],
      edges: [
        { source: "start", target: "if" },
        { source: "if", sourceHandle: "true", target: "no" },
      ],
    };
    expect(diffGraphs(v1, v2)).toEqual([
      {
        id: "if",
        type: "conditional",
        label: "Is it two?",
        kind: "changed",
        fields: ["condition", "label", "connections"],
        values: {
          condition: { before: "$input.a = 1", after: "$input.a = 2" },
          label: { before: undefined, after: "Is it two?" },
        },
      },
      { id: "no", type: "response", kind: "added", fields: [] },
      { id: "ok", type: "response", kind: "removed", fields: [] },
    ]);
  });

  it("treats a node whose type changed as removed and added, and everything as added without a before", () => {
    const retyped: TDiffGraph = {
      ...v1,
      nodes: v1.nodes.map((n) => (n.id === "ok" ? { ...n, type: "setVariable" } : n)),
    };
    expect(diffGraphs(v1, retyped).map((c) => `${c.kind} ${c.type}`)).toEqual([
      "removed response",
      "added setVariable",
    ]);
    expect(diffGraphs(null, v1).map((c) => c.kind)).toEqual(["added", "added", "added"]);
  });
});

describe("diffSettings", () => {
  it("lists top-level settings that differ, a missing one being its default", () => {
    expect(
      diffSettings({ mode: "direct", maxSteps: 10 }, { mode: "background", maxSteps: 10, retryOn: "any" }),
    ).toEqual([
      { key: "mode", before: "direct", after: "background" },
      { key: "retryOn", before: undefined, after: "any" },
    ]);
    expect(
      diffSettings({ rateLimit: { limit: 1, windowSeconds: 60 } }, { rateLimit: { windowSeconds: 60, limit: 1 } }),
    ).toEqual([]);
    expect(diffSettings(null, { mode: "background" })).toEqual([]);
  });
});

describe("diffVersions", () => {
  it("combines nodes and settings", () => {
    const diff = diffVersions({ graph: v1, settings: {} }, { graph: v1, settings: { maxSteps: 5 } });
    expect(diff).toEqual({ nodes: [], settings: [{ key: "maxSteps", before: undefined, after: 5 }] });
  });

  it("stableJson sorts keys at every depth", () => {
    expect(stableJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });
});
