import { afterEach, describe, expect, it, vi } from "vitest";
import { selectCanRedo, selectCanUndo, selectIsDirty } from "../context";
import { makeStore } from "@/tests/support/editor-store";
import { COALESCE_MS } from "./undo-slice";

afterEach(() => vi.useRealTimers());

describe("history slice", () => {
  it("undoes and redoes every document change, and a new change clears redo", () => {
    const store = makeStore();
    const s = () => store.getState();
    s().addNode("conditional", { x: 0, y: 0 });
    s().connect({ source: "ok", sourceHandle: "next", target: "conditional_1", targetHandle: null });
    expect(s().edges).toHaveLength(3);
    s().undo();
    expect(s().edges).toHaveLength(2);
    s().undo();
    expect(s().nodes).toHaveLength(3);
    expect(selectCanUndo(s())).toBe(false);
    s().redo();
    s().redo();
    expect(s().edges).toHaveLength(3);
    s().undo();
    s().updateConfig("ok", "status", "201");
    expect(selectCanRedo(s())).toBe(false);
  });

  it("ignores selection: selecting records nothing and undo keeps what is selected", () => {
    const store = makeStore();
    const s = () => store.getState();
    s().select(["raw"]);
    s().clearSelection();
    s().selectAll();
    expect(s().past).toHaveLength(0);
    s().updateConfig("raw", "as", "payload2");
    s().select(["ok"]);
    s().undo();
    expect(s().selectedNodeIds).toEqual(["ok"]);
    expect(s().nodes.find((n) => n.id === "raw")!.data.config.as).toBe("payload");
    expect(s().past).toHaveLength(0);
  });

  it("coalesces typing in one field into one step, but not across fields or pauses", () => {
    vi.useFakeTimers();
    const store = makeStore();
    const s = () => store.getState();
    for (const v of ["2", "20", "201"]) s().updateConfig("ok", "status", v);
    expect(s().past).toHaveLength(1);
    s().updateConfig("ok", "body", "'hi'");
    expect(s().past).toHaveLength(2);
    vi.advanceTimersByTime(COALESCE_MS + 1);
    s().updateConfig("ok", "body", "'hello'");
    expect(s().past).toHaveLength(3);
    s().undo();
    s().undo();
    s().undo();
    expect(s().nodes.find((n) => n.id === "ok")!.data.config).toEqual({ status: "200" });
  });

  it("records a drag as one step and does not count measuring or selecting as changes", () => {
    const store = makeStore();
    const s = () => store.getState();
    s().onNodesChange([{ type: "dimensions", id: "raw", dimensions: { width: 240, height: 70 } }]);
    s().onNodesChange([{ type: "select", id: "raw", selected: true }]);
    expect(selectIsDirty(s())).toBe(false);
    for (const x of [310, 320, 330])
      s().onNodesChange([{ type: "position", id: "raw", position: { x, y: 0 }, dragging: true }]);
    s().onNodesChange([{ type: "position", id: "raw", position: { x: 330, y: 0 }, dragging: false }]);
    expect(s().past).toHaveLength(1);
    expect(s().isDragging).toBe(false);
    expect(selectIsDirty(s())).toBe(true);
    s().undo();
    expect(s().nodes.find((n) => n.id === "raw")!.position).toEqual({ x: 300, y: 0 });
    expect(s().nodes.find((n) => n.id === "raw")!.measured).toEqual({ width: 240, height: 70 });
    expect(s().selectedNodeIds).toEqual(["raw"]);
  });

  it("is clean again after undoing back to the saved document, and dirty after redoing", async () => {
    const store = makeStore();
    const s = () => store.getState();
    s().updateConfig("ok", "status", "201");
    expect(selectIsDirty(s())).toBe(true);
    await s().saveDraft();
    expect(selectIsDirty(s())).toBe(false);
    s().undo();
    expect(selectIsDirty(s())).toBe(true);
    s().redo();
    expect(selectIsDirty(s())).toBe(false);
  });

  it("keeps at most 100 steps", () => {
    vi.useFakeTimers();
    const store = makeStore();
    for (let i = 0; i < 120; i++) {
      store.getState().updateConfig("ok", "status", `${i}`);
      vi.advanceTimersByTime(COALESCE_MS + 1);
    }
    expect(store.getState().past).toHaveLength(100);
  });
});
