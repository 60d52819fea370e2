import { describe, expect, it } from "vitest";
import example from "@/tests/support/contract-example.graph.json";
import { parseGraph } from "./validate";

const start = { id: "start", type: "webhook", config: {} };

function problems(graph: unknown) {
  const parsed = parseGraph(graph);
  if (!parsed.ok) throw new Error(`shape errors: ${JSON.stringify(parsed.errors)}`);
  return parsed.problems;
}

describe("graph validation", () => {
  it("accepts the contract's example graph with no errors or warnings", () => {
    expect(problems(example)).toEqual({ errors: [], warnings: [] });
  });

  it("refuses a malformed shape, naming the path", () => {
    const parsed = parseGraph({ version: 2, nodes: "x" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((e) => e.path)).toEqual(expect.arrayContaining(["version", "nodes", "edges"]));
  });

  it("requires exactly one webhook node", () => {
    expect(problems({ version: 1, nodes: [], edges: [] }).errors).toContainEqual({
      path: "nodes",
      message: expect.stringContaining("needs one webhook node"),
    });
    const two = problems({ version: 1, nodes: [start, { id: "again", type: "webhook", config: {} }], edges: [] });
    expect(two.errors).toContainEqual(
      expect.objectContaining({ nodeId: "again", message: "only one webhook node is allowed" }),
    );
  });

  it("names unknown node types and duplicate ids", () => {
    const { errors } = problems({
      version: 1,
      nodes: [
        start,
        { id: "x", type: "teleport" },
        { id: "x", type: "setVariable", config: { name: "a", value: "1" } },
      ],
      edges: [],
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        nodeId: "x",
        path: "nodes.1.type",
        message: expect.stringContaining('unknown node type "teleport"'),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ nodeId: "x", path: "nodes.2.id", message: 'duplicate node id "x"' }),
    );
  });

  it("names missing required config, wrong types and unknown fields per node and field", () => {
    const { errors } = problems({
      version: 1,
      nodes: [
        start,
        { id: "cond", type: "conditional", config: {} },
        { id: "loop", type: "forEach", config: { list: "$x", as: "1bad" } },
        { id: "call", type: "externalRequest", config: { url: "'https://x'", timeoutMs: "soon", colour: "red" } },
      ],
      edges: [
        { source: "start", target: "cond" },
        { source: "cond", sourceHandle: "true", target: "loop" },
        { source: "cond", sourceHandle: "false", target: "call" },
      ],
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        nodeId: "cond",
        path: "nodes.1.config.condition",
        message: expect.stringContaining("Condition is required"),
      }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ nodeId: "loop", path: "nodes.2.config.as" }));
    expect(errors).toContainEqual(expect.objectContaining({ nodeId: "call", path: "nodes.3.config.timeoutMs" }));
    expect(errors).toContainEqual(
      expect.objectContaining({ nodeId: "call", message: expect.stringContaining("unknown field(s): colour") }),
    );
  });

  it("checks JSONata syntax in every expression field and map entry, with the position", () => {
    const { errors } = problems({
      version: 1,
      nodes: [
        start,
        { id: "v", type: "setVariable", config: { name: "a", value: "$payload.type = " } },
        { id: "out", type: "response", config: { headers: { "x-id": "$a.(" } } },
      ],
      edges: [
        { source: "start", target: "v" },
        { source: "v", target: "out" },
      ],
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        nodeId: "v",
        path: "nodes.1.config.value",
        message: expect.stringMatching(/^value: .* at character \d+/),
      }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ nodeId: "out", path: "nodes.2.config.headers.x-id" }));
  });

  it("refuses edges to unknown nodes, unknown handles, into the webhook, to itself, and two edges on one handle", () => {
    const { errors } = problems({
      version: 1,
      nodes: [
        start,
        { id: "a", type: "setVariable", config: { name: "a", value: "1" } },
        { id: "b", type: "setVariable", config: { name: "b", value: "2" } },
      ],
      edges: [
        { source: "start", target: "ghost" },
        { source: "start", target: "a" },
        { source: "start", target: "b" },
        { source: "a", sourceHandle: "true", target: "b" },
        { source: "b", target: "start" },
        { source: "a", target: "a" },
      ],
    });
    expect(errors).toContainEqual({ path: "edges.0.target", message: 'edge ends at unknown node "ghost"' });
    expect(errors).toContainEqual(
      expect.objectContaining({
        nodeId: "start",
        path: "edges.2.sourceHandle",
        message: expect.stringContaining("already has a connection"),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        nodeId: "a",
        path: "edges.3.sourceHandle",
        message: expect.stringContaining('no "true" output'),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        nodeId: "start",
        path: "edges.4.target",
        message: expect.stringContaining("nothing may lead into"),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ nodeId: "a", path: "edges.5", message: "a node cannot connect to itself" }),
    );
  });

  it("refuses cycles and points to For each", () => {
    const { errors } = problems({
      version: 1,
      nodes: [
        start,
        { id: "a", type: "setVariable", config: { name: "a", value: "1" } },
        { id: "b", type: "setVariable", config: { name: "b", value: "2" } },
      ],
      edges: [
        { source: "start", target: "a" },
        { source: "a", target: "b" },
        { source: "b", sourceHandle: "error", target: "a" },
      ],
    });
    expect(errors).toContainEqual(
      expect.objectContaining({ nodeId: "a", message: expect.stringMatching(/loop \(a → b → a\).*For each/) }),
    );
  });

  it("reports nodes nothing leads to as warnings, not errors", () => {
    const result = problems({
      version: 1,
      nodes: [start, { id: "lonely", type: "setVariable", config: { name: "a", value: "1" } }],
      edges: [],
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      { nodeId: "lonely", path: "nodes.1", message: "nothing leads to this node, so it never runs" },
    ]);
  });

  it("refuses prototype names as variable names and map keys", () => {
    const { errors } = problems({
      version: 1,
      nodes: [
        start,
        { id: "v", type: "setVariable", config: { name: "__proto__", value: "1" } },
        { id: "r", type: "response", config: { headers: { constructor: "'x'" } } },
      ],
      edges: [
        { source: "start", target: "v" },
        { source: "v", target: "r" },
      ],
    });
    expect(errors.map((e) => e.nodeId)).toEqual(expect.arrayContaining(["v", "r"]));
  });
});
