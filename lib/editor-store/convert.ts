import { autoLayout } from "@/lib/graph/auto-layout";
import type { TGraph, TGraphEdge } from "@/lib/graph/schema";
import { isStartNode } from "@/lib/graph/start-node";
import { getNodeDefinition } from "@/lib/nodes/catalog";
import type { TStackEdge, TStackNode } from "./types";

export const DEFAULT_NODE_SIZE = { width: 248, height: 76 };

export function edgeId(source: string, sourceHandle: string, target: string): string {
  return `${source}:${sourceHandle}->${target}`;
}

export function toCanvasEdge(
  edge: Pick<TGraphEdge, "source" | "target"> & { sourceHandle?: string | null; id?: string },
): TStackEdge {
  const handle = edge.sourceHandle || "next";
  return {
    id: edge.id ?? edgeId(edge.source, handle, edge.target),
    source: edge.source,
    sourceHandle: handle,
    target: edge.target,
    // An error branch reads differently from the happy path at a glance.
    ...(handle === "error" ? { className: "hs-edge-error" } : {}),
  };
}

export function toCanvasNode(node: TGraph["nodes"][number], position = node.position ?? { x: 0, y: 0 }): TStackNode {
  return {
    id: node.id,
    type: "stack",
    position,
    data: { type: node.type, config: node.config, ...(node.label ? { label: node.label } : {}) },
    // The start of the function stack stays put: a graph without it cannot run.
    ...(isStartNode(node) ? { deletable: false } : {}),
  };
}

/** Canvas nodes and edges for a graph; a graph with unplaced nodes (hand-written JSON) is laid out first. */
export function fromGraph(graph: TGraph): { nodes: TStackNode[]; edges: TStackEdge[] } {
  const needsLayout = graph.nodes.some((n) => !n.position);
  const laid = needsLayout ? autoLayout(graph.nodes, graph.edges, { defaultSize: DEFAULT_NODE_SIZE }) : undefined;
  return {
    nodes: graph.nodes.map((n) => toCanvasNode(n, laid?.get(n.id) ?? n.position)),
    edges: graph.edges.map(toCanvasEdge),
  };
}

/** The graph JSON the API stores: canvas-only state (selection, sizes, styling) is left out. */
export function toGraph(nodes: readonly TStackNode[], edges: readonly TStackEdge[]): TGraph {
  return {
    version: 1,
    nodes: nodes.map((n) => ({
      id: n.id,
      type: n.data.type,
      position: { x: Math.round(n.position.x), y: Math.round(n.position.y) },
      config: n.data.config,
      ...(n.data.label ? { label: n.data.label } : {}),
    })),
    edges: edges.map((e) => ({ id: e.id, source: e.source, sourceHandle: e.sourceHandle || "next", target: e.target })),
  };
}

/** A new node's config: every field's default (`as: "input"`, `encoding: "json"`, ...), required ones left empty. */
export function defaultConfig(type: string): Record<string, unknown> {
  const def = getNodeDefinition(type);
  if (!def) return {};
  const config: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(def.fields)) {
    const parsed = spec.schema.safeParse(undefined);
    if (parsed.success && parsed.data !== undefined) config[name] = parsed.data;
    else if (spec.ui.required) config[name] = "";
  }
  return config;
}

/** A readable id that is free in `taken`: `conditional_1`, `conditional_2`, ... */
export function newNodeId(type: string, taken: ReadonlySet<string>): string {
  const base = type.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 48) || "node";
  for (let i = 1; ; i++) {
    const id = `${base}_${i}`;
    if (!taken.has(id)) return id;
  }
}
