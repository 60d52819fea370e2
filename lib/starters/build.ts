import type { TGraphInput } from "@/lib/graph/schema";

type TNodeSpec = {
  id: string;
  type: string;
  at: readonly [column: number, row: number];
  config?: Record<string, unknown>;
};
/** [source, target] or [source, target, sourceHandle]. */
type TEdgeSpec = readonly [string, string] | readonly [string, string, string];

const COLUMN = 300;
const ROW = 140;

/** A graph from nodes placed on a grid (column, row) and edges written as tuples. */
export function starterGraph(nodes: readonly TNodeSpec[], edges: readonly TEdgeSpec[]): TGraphInput {
  return {
    version: 1,
    nodes: nodes.map(({ id, type, at, config }) => ({
      id,
      type,
      position: { x: at[0] * COLUMN, y: at[1] * ROW },
      config: config ?? {},
    })),
    edges: edges.map(([source, target, sourceHandle = "next"]) => ({
      id: `${source}-${sourceHandle}-${target}`,
      source,
      target,
      sourceHandle,
    })),
  };
}
