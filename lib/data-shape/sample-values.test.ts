import { describe, expect, it } from "vitest";
import type { TTraceEntry } from "@/lib/engine/types";
import { fieldsOf, shapeAt } from "./infer-shape";
import { absentComparedFields } from "./absent-fields";
import { sampleShapes } from "./sample-values";

const graph = {
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "raw", type: "getRawInput", config: {} },
    { id: "loop", type: "forEach", config: { list: "$input.commits", as: "commit" } },
    { id: "set", type: "setVariable", config: { name: "total", value: "1" } },
  ],
};
const body = JSON.stringify({
  commits: [
    { id: "a", author: { name: "Ada" } },
    { id: "b", message: "fix" },
  ],
});
const request = { method: "POST", headers: { "X-GitHub-Event": "push" }, body };
const entry = (nodeId: string, type: string, extra: Partial<TTraceEntry>): TTraceEntry => ({
  nodeId,
  type,
  status: "ok",
  startedAt: "2026-01-01T00:00:00.000Z",
  durationMs: 1,
  ...extra,
});

describe("variable shapes from a run", () => {
  it("reads $request from the request, stored variables from outputs and loop items from the list", () => {
    const trace = [
      entry("start", "webhook", { output: { method: "POST" } }),
      entry("raw", "getRawInput", { output: JSON.parse(body) }),
      entry("loop", "forEach", { input: { list: JSON.parse(body).commits }, output: { count: 2 } }),
      entry("set", "setVariable", { input: { value: 12 }, output: 12, iteration: 0 }),
    ];
    const shapes = sampleShapes(graph, { request, trace });
    expect(fieldsOf(shapeAt(shapes.request!, [{ field: "headers" }])!).map(([k]) => k)).toEqual(["x-github-event"]);
    expect(fieldsOf(shapes.commit!).map(([k]) => k)).toEqual(["id", "author", "message"]);
    expect(shapes.index).toEqual({ type: "number", example: 0 });
    expect(shapes.total).toEqual({ type: "number", example: 12 });
    expect(fieldsOf(shapes.input!).map(([k]) => k)).toEqual(["commits"]);
  });

  it("parses the test sample's body for a body node that has not run yet", () => {
    const shapes = sampleShapes(graph, { request, trace: [] });
    expect(fieldsOf(shapes.input!).map(([k]) => k)).toEqual(["commits"]);
    // The loop over a plain path: its items' shape, before any run.
    expect(fieldsOf(shapes.commit!).map(([k]) => k)).toEqual(["id", "author", "message"]);
    expect(shapes.total).toBeUndefined();
    const elaborate = {
      nodes: graph.nodes.map((n) =>
        n.id === "loop" ? { ...n, config: { ...n.config, list: "$input.commits[id = 'a']" } } : n,
      ),
    };
    expect(sampleShapes(elaborate, { request, trace: [] }).commit).toBeUndefined();
  });

  it("leaves out failed nodes and bodies that do not parse", () => {
    const trace = [entry("raw", "getRawInput", { status: "error", error: "not valid JSON" })];
    expect(sampleShapes(graph, { request: { ...request, body: "{" }, trace }).input).toBeUndefined();
    expect(sampleShapes(graph, { request: { ...request, body: "{" }, trace: [] }).input).toBeUndefined();
  });
});

describe("comparisons of fields the last run did not have", () => {
  const shapes = sampleShapes(graph, { request, trace: [] });

  it("names the absent field of a comparison", () => {
    expect(absentComparedFields('$request.headers.x_event = "push"', shapes)).toEqual(["$request.headers.x_event"]);
    expect(absentComparedFields('$input.commits[0].kind != "x" and $input.nope > 1', shapes)).toEqual([
      "$input.commits[0].kind",
      "$input.nope",
    ]);
  });

  it("is quiet for present fields, unknown variables, non-comparisons and broken text", () => {
    expect(absentComparedFields('$request.headers.`x-github-event` = "push"', shapes)).toEqual([]);
    expect(absentComparedFields("$input.commits.author.name = 'Ada'", shapes)).toEqual([]);
    expect(absentComparedFields("$other.x = 1", shapes)).toEqual([]);
    expect(absentComparedFields("$input.nope", shapes)).toEqual([]);
    expect(absentComparedFields("$input.nope = (", shapes)).toEqual([]);
  });
});
