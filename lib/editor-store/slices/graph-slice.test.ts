import { describe, expect, it } from "vitest";
import { toGraph } from "../convert";
import { EXAMPLE, makeStore } from "@/tests/support/editor-store";

const graphOf = (store: ReturnType<typeof makeStore>) => toGraph(store.getState().nodes, store.getState().edges);

describe("graph slice", () => {
  it("loads the draft as canvas nodes and edges; the start node cannot be deleted", () => {
    const s = makeStore().getState();
    expect(s.nodes.map((n) => n.id)).toEqual(["start", "raw", "ok"]);
    expect(s.nodes[0]!.deletable).toBe(false);
    expect(graphOf(makeStore())).toMatchObject({ nodes: EXAMPLE.nodes, edges: EXAMPLE.edges });
  });

  it("adds a node with its field defaults where it was dropped, selected, and flags its required fields", () => {
    const store = makeStore();
    const id = store.getState().addNode("conditional", { x: 10.4, y: 20.6 })!;
    const s = store.getState();
    const node = s.nodes.find((n) => n.id === id)!;
    expect(id).toBe("conditional_1");
    expect(node.position).toEqual({ x: 10, y: 21 });
    expect(node.data.config).toEqual({ condition: "" });
    expect(s.selectedNodeIds).toEqual([id]);
    expect(s.problemsByNode[id]?.fields.condition?.[0]).toMatch(/required/i);
    expect(store.getState().addNode("getRawInput", { x: 0, y: 0 })).toBe("getRawInput_1");
    expect(store.getState().nodes.find((n) => n.id === "getRawInput_1")!.data.config).toEqual({
      encoding: "json",
      as: "input",
    });
  });

  it("appends after the selected node, connected from its first free output, as one undo step", () => {
    const store = makeStore();
    store.getState().select(["ok"]);
    // A response has no output: appending after it just adds the node.
    expect(store.getState().appendNode("setVariable", { x: 5, y: 5 })).toBe("setVariable_1");
    expect(store.getState().edges).toHaveLength(2);
    const cond = store.getState().appendNode("conditional", { x: 0, y: 0 })!;
    expect(
      store
        .getState()
        .edges.filter((e) => e.target === cond)
        .map((e) => `${e.source}:${e.sourceHandle}`),
    ).toEqual(["setVariable_1:next"]);
    const below = store.getState().nodes.find((n) => n.id === cond)!.position;
    expect(below.y).toBeGreaterThan(5);
    const yes = store.getState().appendNode("response", { x: 0, y: 0 })!;
    store.getState().select([cond]);
    const no = store.getState().appendNode("response", { x: 0, y: 0 })!;
    const out = store.getState().edges.filter((e) => e.source === cond);
    expect(out.map((e) => `${e.sourceHandle}->${e.target}`)).toEqual([`true->${yes}`, `false->${no}`]);
    expect(store.getState().nodes.find((n) => n.id === no)!.position.x).toBeGreaterThan(
      store.getState().nodes.find((n) => n.id === yes)!.position.x,
    );
    store.getState().undo();
    expect(store.getState().nodes.some((n) => n.id === no)).toBe(false);
    expect(store.getState().edges.filter((e) => e.source === cond)).toHaveLength(1);
  });

  it("refuses a second webhook node and unknown types", () => {
    const store = makeStore();
    expect(store.getState().addNode("webhook", { x: 0, y: 0 })).toBeUndefined();
    expect(store.getState().addNode("nope", { x: 0, y: 0 })).toBeUndefined();
    expect(store.getState().nodes).toHaveLength(3);
  });

  it("connects one edge per output, replacing the old one, and refuses self-loops and edges into the start", () => {
    const store = makeStore();
    const cond = store.getState().addNode("conditional", { x: 0, y: 0 })!;
    const { connect } = store.getState();
    connect({ source: cond, sourceHandle: "true", target: "ok", targetHandle: null });
    connect({ source: cond, sourceHandle: "true", target: "raw", targetHandle: null });
    connect({ source: cond, sourceHandle: "false", target: "ok", targetHandle: null });
    connect({ source: cond, sourceHandle: "false", target: cond, targetHandle: null });
    connect({ source: "ok", sourceHandle: "next", target: "start", targetHandle: null });
    const out = store.getState().edges.filter((e) => e.source === cond);
    expect(out.map((e) => `${e.sourceHandle}->${e.target}`).sort()).toEqual(["false->ok", "true->raw"]);
    expect(store.getState().edges.some((e) => e.target === "start")).toBe(false);
  });

  it("marks edges leaving an error handle", () => {
    const store = makeStore();
    store.getState().connect({ source: "raw", sourceHandle: "error", target: "ok", targetHandle: null });
    expect(store.getState().edges.find((e) => e.sourceHandle === "error")?.className).toBe("hs-edge-error");
  });

  it("updates config fields, removing a field set to undefined, and revalidates", () => {
    const store = makeStore();
    const id = store.getState().addNode("conditional", { x: 0, y: 0 })!;
    store.getState().updateConfig(id, "condition", "$payload.type = 'invoice.paid'");
    expect(store.getState().problemsByNode[id]?.fields.condition).toBeUndefined();
    store.getState().updateConfig(id, "condition", "$payload.type = ");
    expect(store.getState().problemsByNode[id]?.errors.join()).toMatch(/condition/);
    store.getState().updateConfig("ok", "status", undefined);
    expect(store.getState().nodes.find((n) => n.id === "ok")!.data.config).toEqual({});
  });

  it("deletes the selection with its edges but never the start node", () => {
    const store = makeStore();
    store.getState().select(["start", "raw"]);
    store.getState().deleteSelection();
    const s = store.getState();
    expect(s.nodes.map((n) => n.id)).toEqual(["start", "ok"]);
    expect(s.edges).toEqual([]);
    expect(s.selectedNodeIds).toEqual(["start"]);
  });

  it("deletes selected edges alone", () => {
    const store = makeStore();
    const edge = store.getState().edges[0]!;
    store.getState().select([], [edge.id]);
    store.getState().deleteSelection();
    expect(store.getState().edges.map((e) => e.id)).not.toContain(edge.id);
    expect(store.getState().nodes).toHaveLength(3);
  });

  it("copies and pastes nodes with the edges between them under new ids, offset and selected", () => {
    const store = makeStore();
    store.getState().select(["raw", "ok"]);
    expect(store.getState().copySelection()).toBe(2);
    store.getState().paste();
    const s = store.getState();
    expect(s.nodes.map((n) => n.id)).toEqual(["start", "raw", "ok", "getRawInput_1", "response_1"]);
    expect(s.selectedNodeIds).toEqual(["getRawInput_1", "response_1"]);
    expect(s.nodes.find((n) => n.id === "getRawInput_1")!.position).toEqual({ x: 340, y: 40 });
    expect(s.edges.filter((e) => e.source === "getRawInput_1").map((e) => e.target)).toEqual(["response_1"]);
    // A second paste lands further along.
    store.getState().paste();
    expect(store.getState().nodes.find((n) => n.id === "getRawInput_2")!.position).toEqual({ x: 380, y: 80 });
  });

  it("does not paste a second start node", () => {
    const store = makeStore();
    store.getState().select(["start", "raw"]);
    store.getState().duplicateSelection();
    expect(store.getState().nodes.filter((n) => n.data.type === "webhook")).toHaveLength(1);
    expect(store.getState().nodes).toHaveLength(4);
  });

  it("lays nodes out top to bottom as one undo step and asks the view to fit", () => {
    const store = makeStore({
      ...EXAMPLE,
      nodes: EXAMPLE.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })),
    });
    const fit = store.getState().fitToken;
    store.getState().layout();
    const ys = ["start", "raw", "ok"].map((id) => store.getState().nodes.find((n) => n.id === id)!.position.y);
    expect(ys[0]!).toBeLessThan(ys[1]!);
    expect(ys[1]!).toBeLessThan(ys[2]!);
    expect(store.getState().fitToken).toBe(fit + 1);
    store.getState().undo();
    expect(store.getState().nodes.every((n) => n.position.y === 0)).toBe(true);
  });

  it("places nodes of an imported graph that has no positions", () => {
    const store = makeStore();
    store.getState().replaceGraph({ ...EXAMPLE, nodes: EXAMPLE.nodes.map(({ position: _p, ...n }) => n) });
    const ys = store.getState().nodes.map((n) => n.position.y);
    expect(new Set(ys).size).toBe(3);
  });
});
