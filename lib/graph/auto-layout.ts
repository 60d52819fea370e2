import dagre from "@dagrejs/dagre";
import { getNodeDefinition } from "@/lib/nodes/catalog";
import { outgoingHandles } from "@/lib/nodes/define";

export type TLayoutNode = { id: string; type: string; width?: number; height?: number };
export type TLayoutEdge = { source: string; target: string; sourceHandle?: string | null };
export type TPoint = { x: number; y: number };

export type TLayoutOptions = {
  /** Top to bottom (the editor's reading order, like a function stack) or left to right. */
  direction?: "LR" | "TB";
  /** Size used for nodes not measured yet. */
  defaultSize?: { width: number; height: number };
  nodeGap?: number;
  rankGap?: number;
};

function handleRank(type: string | undefined, handle: string): number {
  const def = type ? getNodeDefinition(type) : undefined;
  const index = def ? outgoingHandles(def).findIndex((h) => h.id === handle) : -1;
  return index < 0 ? 99 : index;
}

/**
 * Top-left positions for every node, laid out as layers along the flow (dagre). A node's branches keep its handle
 * order across the screen (`true` before `false`, `each` before `done`, `error` last), as its outputs are drawn.
 * Positions are rounded so a layout saved and reloaded compares equal.
 */
export function autoLayout(
  nodes: readonly TLayoutNode[],
  edges: readonly TLayoutEdge[],
  options: TLayoutOptions = {},
): Map<string, TPoint> {
  const { direction = "TB", defaultSize = { width: 248, height: 76 }, nodeGap = 40, rankGap = 56 } = options;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: direction, nodesep: nodeGap, ranksep: rankGap, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const types = new Map(nodes.map((n) => [n.id, n.type]));
  const ordered = edges
    .filter((e) => types.has(e.source) && types.has(e.target) && e.source !== e.target)
    .map((e, i) => ({ e, i, rank: handleRank(types.get(e.source), e.sourceHandle || "next") }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  // dagre's first ordering follows insertion order: inserting nodes depth-first along handle-ordered edges puts
  // each branch's subtree in handle order. That depth-first tree also decides whose child a shared node is.
  const children = new Map<string, string[]>();
  for (const { e } of ordered) children.set(e.source, [...(children.get(e.source) ?? []), e.target]);
  const hasParent = new Set(ordered.map(({ e }) => e.target));
  const insertion: string[] = [];
  const treeChildren = new Map<string, string[]>();
  const visited = new Set<string>();
  const visit = (id: string) => {
    visited.add(id);
    insertion.push(id);
    for (const child of children.get(id) ?? []) {
      if (visited.has(child)) continue;
      treeChildren.set(id, [...(treeChildren.get(id) ?? []), child]);
      visit(child);
    }
  };
  for (const n of nodes) if (!hasParent.has(n.id) && !visited.has(n.id)) visit(n.id);
  for (const n of nodes) if (!visited.has(n.id)) visit(n.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const id of insertion) {
    const n = byId.get(id)!;
    g.setNode(id, { width: n.width ?? defaultSize.width, height: n.height ?? defaultSize.height });
  }
  for (const { e, i } of ordered) g.setEdge(e.source, e.target, {}, `${i}`);
  // Siblings under one node keep its handle order (true before false, error last) wherever dagre can honour it;
  // only tree children are constrained, so two parents of a shared node cannot ask for opposite orders.
  const constraints: { left: string; right: string }[] = [];
  for (const list of treeChildren.values()) {
    for (let i = 1; i < list.length; i++) constraints.push({ left: list[i - 1]!, right: list[i]! });
  }
  try {
    dagre.layout(g, { constraints });
  } catch {
    // Constraints dagre cannot satisfy together (e.g. siblings on different layers): lay out without them.
    dagre.layout(g);
  }

  const out = new Map<string, TPoint>();
  for (const n of nodes) {
    const laid = g.node(n.id);
    const width = n.width ?? defaultSize.width;
    const height = n.height ?? defaultSize.height;
    // dagre gives centres; React Flow positions are top-left corners.
    out.set(n.id, { x: Math.round(laid.x - width / 2), y: Math.round(laid.y - height / 2) });
  }
  return out;
}
