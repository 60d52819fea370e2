import { describe, expect, it, vi } from "vitest";
import { createEditorStore } from "./create-editor-store";
import { selectIsDirty } from "./context";
import type { TRunApi } from "./run-types";
import { endpointWith, EXAMPLE, fakeApi } from "@/tests/support/editor-store";

const never = () => vi.fn(async () => Promise.reject(new Error("a read-only editor called the server")));

function setup() {
  const api = fakeApi({ saveDraft: never(), publish: never(), restoreVersion: never(), updateEndpoint: never() });
  const runApi = { testRun: never(), sign: never(), replay: never() } as unknown as TRunApi;
  const store = createEditorStore({ endpoint: endpointWith(EXAMPLE), api, runApi, readOnly: true });
  return { store, api, runApi };
}

const graphOf = (s: ReturnType<ReturnType<typeof setup>["store"]["getState"]>) =>
  JSON.stringify({ nodes: s.nodes.map((n) => [n.id, n.position, n.data]), edges: s.edges.map((e) => e.id) });

describe("a read-only editor (a viewer's)", () => {
  it("says so, and is never dirty", () => {
    const { store } = setup();
    expect(store.getState().readOnly).toBe(true);
    expect(selectIsDirty(store.getState())).toBe(false);
    expect(createEditorStore({ endpoint: endpointWith(EXAMPLE), api: fakeApi() }).getState().readOnly).toBe(false);
  });

  it("selects and copies, but nothing it does changes the stack", () => {
    const { store } = setup();
    const before = graphOf(store.getState());
    const s = store.getState();
    s.onNodesChange([{ type: "select", id: "raw", selected: true }]);
    expect(store.getState().selectedNodeIds).toEqual(["raw"]);
    expect(store.getState().copySelection()).toBe(1);

    s.deleteSelection();
    s.deleteNodes(["raw"]);
    s.paste();
    s.duplicateSelection();
    s.updateConfig("raw", "as", "changed");
    s.setNodeLabel("raw", "Renamed");
    s.addNode("response", { x: 10, y: 10 });
    s.appendNode("response", { x: 10, y: 10 });
    s.connect({ source: "start", target: "ok", sourceHandle: "next", targetHandle: null });
    s.layout();
    s.replaceGraph({ version: 1, nodes: [], edges: [] });
    s.onNodesChange([
      { type: "position", id: "raw", position: { x: 999, y: 999 }, dragging: false },
      { type: "remove", id: "ok" },
    ]);
    s.onEdgesChange([{ type: "remove", id: store.getState().edges[0]!.id }]);
    s.undo();
    s.redo();

    expect(graphOf(store.getState())).toBe(before);
    expect(store.getState().past).toEqual([]);
    expect(selectIsDirty(store.getState())).toBe(false);
  });

  it("never saves, publishes, renames, restores, signs or runs", async () => {
    const { store, api, runApi } = setup();
    const s = store.getState();
    expect(await s.saveDraft()).toBe(false);
    expect(await s.publish()).toBeUndefined();
    expect(await s.rename("hacked")).toBe(false);
    expect(await s.restoreVersion(1)).toBe(false);
    expect(await s.signComposer()).toBe(false);
    expect(await s.runTest()).toBeUndefined();
    expect(await s.runTests()).toBeUndefined();
    expect(await s.createEnvVar("NEW", "x")).toMatch(/Viewers can/);
    for (const call of [api.saveDraft, api.publish, api.updateEndpoint, api.restoreVersion, api.setEnv])
      expect(call).not.toHaveBeenCalled();
    for (const call of [runApi.testRun, runApi.sign, runApi.replay]) expect(call).not.toHaveBeenCalled();
    expect(store.getState().save.status).toBe("idle");
  });

  it("still shows runs on the canvas", () => {
    const { store } = setup();
    const run = {
      kind: "history" as const,
      requestId: "req_1",
      response: { status: 200, headers: {}, body: null },
      trace: [],
      durationMs: 1,
      error: null,
      version: 1,
      isDryRun: false,
      receivedAt: "2026-01-01T00:00:00Z",
    };
    store.getState().showRun(run);
    expect(store.getState().lastRun).toBe(run);
  });
});
