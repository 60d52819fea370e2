import { describe, expect, it } from "vitest";
import { autoLayout } from "./auto-layout";

const size = { width: 200, height: 60 };

describe("autoLayout", () => {
  it("places each node below the ones that lead to it, in one column", () => {
    const pos = autoLayout(
      [
        { id: "a", type: "webhook" },
        { id: "b", type: "getRawInput" },
        { id: "c", type: "response" },
      ],
      [
        { source: "a", target: "b" },
        { source: "b", target: "c" },
      ],
      { defaultSize: size },
    );
    const [a, b, c] = ["a", "b", "c"].map((id) => pos.get(id)!);
    expect(a!.y).toBeLessThan(b!.y);
    expect(b!.y).toBeLessThan(c!.y);
    expect(b!.y - a!.y).toBeGreaterThanOrEqual(size.height);
    expect(a!.x).toBe(b!.x);
  });

  it("lays out left to right on request", () => {
    const pos = autoLayout(
      [
        { id: "a", type: "webhook" },
        { id: "b", type: "getRawInput" },
      ],
      [{ source: "a", target: "b" }],
      { direction: "LR", defaultSize: size },
    );
    expect(pos.get("b")!.x - pos.get("a")!.x).toBeGreaterThanOrEqual(size.width);
    expect(pos.get("a")!.y).toBe(pos.get("b")!.y);
  });

  it("keeps branches in handle order: true left of false, error last", () => {
    const nodes = [
      { id: "if", type: "conditional" },
      { id: "no", type: "response" },
      { id: "yes", type: "response" },
      { id: "oops", type: "response" },
    ];
    // Edges given in the "wrong" order on purpose.
    const edges = [
      { source: "if", sourceHandle: "error", target: "oops" },
      { source: "if", sourceHandle: "false", target: "no" },
      { source: "if", sourceHandle: "true", target: "yes" },
    ];
    const pos = autoLayout(nodes, edges, { defaultSize: size });
    expect(pos.get("yes")!.x).toBeLessThan(pos.get("no")!.x);
    expect(pos.get("no")!.x).toBeLessThan(pos.get("oops")!.x);
  });

  it("does not overlap nodes, uses measured sizes and returns whole numbers", () => {
    const nodes = Array.from({ length: 6 }, (_, i) => ({
      id: `n${i}`,
      type: "setVariable",
      width: 180 + i,
      height: 50 + i,
    }));
    const edges = nodes.slice(1).map((n) => ({ source: "n0", target: n.id }));
    const pos = autoLayout(nodes, edges);
    const boxes = nodes.map((n) => ({ ...pos.get(n.id)!, w: n.width, h: n.height }));
    for (const p of boxes) {
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        const overlap = p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
        expect(overlap).toBe(false);
      }
    }
  });

  it("lays out disconnected nodes and ignores edges to unknown nodes and self-loops", () => {
    const pos = autoLayout(
      [
        { id: "a", type: "webhook" },
        { id: "b", type: "setVariable" },
      ],
      [
        { source: "a", target: "ghost" },
        { source: "b", target: "b" },
      ],
      { direction: "LR", defaultSize: size },
    );
    expect([...pos.keys()].sort()).toEqual(["a", "b"]);
  });

  it("survives contradictory sibling orders and branches of different lengths", () => {
    const nodes = ["a", "d", "b", "c", "e"].map((id) => ({ id, type: "conditional" }));
    const edges = [
      { source: "a", sourceHandle: "true", target: "b" },
      { source: "a", sourceHandle: "false", target: "c" },
      { source: "d", sourceHandle: "true", target: "c" },
      { source: "d", sourceHandle: "false", target: "b" },
      { source: "b", sourceHandle: "true", target: "e" },
      { source: "a", sourceHandle: "error", target: "e" },
    ];
    const pos = autoLayout(nodes, edges, { defaultSize: size });
    expect(pos.size).toBe(5);
    for (const p of pos.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("lays out the contract's example without crossing: the loop on the left, the answer on the right", () => {
    const nodes = [
      { id: "start", type: "webhook" },
      { id: "raw", type: "getRawInput" },
      { id: "sig", type: "hmacVerify" },
      { id: "paid", type: "conditional" },
      { id: "lines", type: "forEach" },
      { id: "save", type: "addRecord" },
      { id: "ok", type: "response" },
    ];
    const edges = [
      { source: "start", target: "raw" },
      { source: "raw", target: "sig" },
      { source: "sig", target: "paid" },
      { source: "paid", sourceHandle: "true", target: "lines" },
      { source: "paid", sourceHandle: "false", target: "ok" },
      { source: "lines", sourceHandle: "each", target: "save" },
      { source: "lines", sourceHandle: "done", target: "ok" },
    ];
    const pos = autoLayout(nodes, edges, { defaultSize: size });
    expect(pos.get("lines")!.x).toBeLessThan(pos.get("ok")!.x);
    expect(pos.get("save")!.x).toBeLessThan(pos.get("ok")!.x);
    expect(pos.get("save")!.y).toBe(pos.get("ok")!.y);
  });
});
