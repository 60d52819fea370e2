import { describe, expect, it } from "vitest";
import { followHandles } from "./follow-handles";
import type { TStackEdge } from "./types";

const edge = (sourceHandle: string, target: string): TStackEdge => ({
  id: `sw-${sourceHandle}-${target}`,
  source: "sw",
  sourceHandle,
  target,
});
const cases = (map: Record<string, string>) => ({ value: "$x", cases: map });

describe("followHandles", () => {
  const edges = [
    edge("paid", "a"),
    edge("failed", "b"),
    edge("default", "c"),
    { ...edge("next", "d"), source: "other" },
  ];

  it("keeps a renamed case's connection", () => {
    const next = followHandles(
      edges,
      "sw",
      "switch",
      cases({ paid: "1", failed: "2" }),
      cases({ settled: "1", failed: "2" }),
    );
    expect(next.map((e) => `${e.source}.${e.sourceHandle}→${e.target}`)).toEqual([
      "sw.settled→a",
      "sw.failed→b",
      "sw.default→c",
      "other.next→d",
    ]);
  });

  it("drops the connection of a removed case, and leaves other nodes and node types alone", () => {
    const next = followHandles(edges, "sw", "switch", cases({ paid: "1", failed: "2" }), cases({ failed: "2" }));
    expect(next.map((e) => e.sourceHandle)).toEqual(["failed", "default", "next"]);
    expect(followHandles(edges, "sw", "conditional", {}, {})).toBe(edges);
    expect(followHandles(edges, "sw", "switch", cases({ paid: "1" }), cases({ paid: "1", more: "3" }))).toBe(edges);
  });
});
