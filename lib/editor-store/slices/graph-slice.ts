import {
  applyEdgeChanges,
  applyNodeChanges,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type XYPosition,
} from "@xyflow/react";
import { autoLayout } from "@/lib/graph/auto-layout";
import type { TGraph } from "@/lib/graph/schema";
import { isStartNode, START_NODE_TYPE } from "@/lib/graph/start-node";
import { getNodeDefinition } from "@/lib/nodes/catalog";
import { readClipboard, writeClipboard } from "../clipboard";
import { placePaste } from "../place-paste";
import { flowHandles, followHandles } from "../follow-handles";
import { DEFAULT_NODE_SIZE, defaultConfig, fromGraph, newNodeId, toCanvasEdge, toCanvasNode } from "../convert";
import type { EditorSlice, EditorState } from "../state";
import type { TStackEdge, TStackNode } from "../types";
import { stripEdge, stripNode } from "./undo-slice";

export type GraphSlice = {
  nodes: TStackNode[];
  edges: TStackEdge[];
  /** True between the first and last position change of a drag, so one drag is one undo step. */
  isDragging: boolean;
  /** Bumped when the view should fit the graph (after auto-layout, import, restore). */
  fitToken: number;
  onNodesChange(changes: NodeChange<TStackNode>[]): void;
  onEdgesChange(changes: EdgeChange<TStackEdge>[]): void;
  canConnect(connection: Pick<Connection, "source" | "target">): boolean;
  connect(connection: Connection): void;
  addNode(type: string, position: XYPosition): string | undefined;
  /**
   * Adds a node below the only selected node and connects it from that node's first free output (n8n's "add
   * after"), else at `fallback`. One undo step; the way to build a stack without a mouse. A drop keeps the node
   * where it was dropped (`isDrop`) and still connects it.
   */
  appendNode(type: string, fallback: XYPosition, options?: { isDrop?: boolean }): string | undefined;
  updateConfig(nodeId: string, field: string, value: unknown): void;
  setNodeLabel(nodeId: string, label: string): void;
  deleteNodes(nodeIds: readonly string[]): void;
  deleteSelection(): void;
  copySelection(): number;
  paste(): void;
  duplicateSelection(): void;
  layout(): void;
  /** Replaces the whole document (import, restore); one undo step unless `record` is false. */
  replaceGraph(graph: TGraph, options?: { record?: boolean }): void;
  requestFit(): void;
};

let docCounter = 0;
/** A fresh document identity: the dirty marker compares it with the one last saved. */
export const newDocId = () => ++docCounter;

/** A function stack has exactly one start node, so another is refused while one is on the canvas. */
export const hasStartNode = (nodes: readonly TStackNode[]) => nodes.some((n) => isStartNode(n.data));

function isDocChange(c: NodeChange<TStackNode>, byId: ReadonlyMap<string, TStackNode>): boolean {
  if (c.type !== "position") return c.type === "add" || c.type === "remove" || c.type === "replace";
  const before = byId.get(c.id)?.position;
  return !!c.position && (!before || before.x !== c.position.x || before.y !== c.position.y);
}

/** Applies a document change as one (possibly coalesced) undo step, then re-runs validation. */
function change(
  get: () => EditorState,
  set: (patch: Partial<EditorState>) => void,
  key: string | null,
  patch: Partial<Pick<EditorState, "nodes" | "edges">>,
) {
  get().recordChange(key);
  set({ ...patch, docId: newDocId() });
  get().syncSelection();
  get().revalidate();
}

export const createGraphSlice: EditorSlice<GraphSlice> = (set, get) => ({
  nodes: [],
  edges: [],
  isDragging: false,
  fitToken: 0,

  onNodesChange(changes) {
    const s = get();
    // The start node cannot be removed (React Flow also honours `deletable: false`; this covers other paths).
    const allowed = changes.filter(
      (c) => c.type !== "remove" || s.nodes.find((n) => n.id === c.id)?.deletable !== false,
    );
    const byId = new Map(s.nodes.map((n) => [n.id, n]));
    const docChanges = allowed.filter((c) => isDocChange(c, byId));
    const positions = allowed.filter((c) => c.type === "position");
    const dragging = positions.some((c) => c.type === "position" && c.dragging);
    const dragEnded = s.isDragging && positions.some((c) => c.type === "position" && c.dragging === false);
    if (docChanges.length > 0) {
      const positionOnly = docChanges.every((c) => c.type === "position");
      // A drag is one undo step, recorded when it starts; keyboard nudges coalesce like typing.
      if (!positionOnly) s.recordChange(null);
      else if (!s.isDragging) s.recordChange(dragging ? null : "move");
    }
    set({
      nodes: applyNodeChanges(allowed, s.nodes),
      isDragging: dragging || (s.isDragging && !dragEnded),
      ...(docChanges.length > 0 ? { docId: newDocId() } : {}),
    });
    if (allowed.some((c) => c.type === "select" || c.type === "remove" || c.type === "add")) get().syncSelection();
    if (docChanges.some((c) => c.type !== "position")) get().revalidate();
  },

  onEdgesChange(changes) {
    const s = get();
    const isDoc = changes.some((c) => c.type === "add" || c.type === "remove" || c.type === "replace");
    if (isDoc) s.recordChange(null);
    set({ edges: applyEdgeChanges(changes, s.edges), ...(isDoc ? { docId: newDocId() } : {}) });
    get().syncSelection();
    if (isDoc) get().revalidate();
  },

  canConnect({ source, target }) {
    if (!source || !target || source === target) return false;
    const targetNode = get().nodes.find((n) => n.id === target);
    const def = targetNode && getNodeDefinition(targetNode.data.type);
    return !!targetNode && def?.hasInput !== false;
  },

  connect(connection) {
    const s = get();
    if (!s.canConnect(connection)) return;
    const handle = connection.sourceHandle || "next";
    // One connection per output (the contract): drawing a new one from a used output replaces the old one.
    const kept = s.edges.filter((e) => !(e.source === connection.source && (e.sourceHandle || "next") === handle));
    const edge = toCanvasEdge({ source: connection.source, sourceHandle: handle, target: connection.target });
    change(get, set, null, { edges: [...kept.filter((e) => e.id !== edge.id), edge] });
  },

  addNode(type, position) {
    const s = get();
    const def = getNodeDefinition(type);
    if (!def) return undefined;
    if (type === START_NODE_TYPE && hasStartNode(s.nodes)) return undefined;
    const id = newNodeId(type, new Set(s.nodes.map((n) => n.id)));
    const node: TStackNode = {
      ...toCanvasNode(
        { id, type, config: defaultConfig(type) },
        { x: Math.round(position.x), y: Math.round(position.y) },
      ),
      selected: true,
    };
    change(get, set, null, {
      nodes: [...s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node],
      edges: s.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
    });
    return id;
  },

  appendNode(type, fallback, options = {}) {
    const s = get();
    const selected = s.nodes.filter((n) => n.selected);
    const from = selected.length === 1 ? selected[0] : undefined;
    const fromDef = from && getNodeDefinition(from.data.type);
    const used = new Set(s.edges.filter((e) => e.source === from?.id).map((e) => e.sourceHandle || "next"));
    const fromHandles = fromDef ? flowHandles(fromDef, from!.data.config) : [];
    const handle = fromHandles.find((h) => !used.has(h.id));
    const targetDef = getNodeDefinition(type);
    if (!from || !handle || targetDef?.hasInput === false) return s.addNode(type, fallback);
    // Below the source; a second branch (false, done) goes to the right of the first.
    const branch = fromHandles.findIndex((h) => h.id === handle.id);
    const height = from.measured?.height ?? DEFAULT_NODE_SIZE.height;
    const below = { x: from.position.x + branch * (DEFAULT_NODE_SIZE.width + 40), y: from.position.y + height + 64 };
    const position = options.isDrop ? fallback : below;
    const id = s.addNode(type, position);
    if (!id) return undefined;
    // The node and its edge are one step: fold the edge into the step addNode just recorded.
    const edge = toCanvasEdge({ source: from.id, sourceHandle: handle.id, target: id });
    set({ edges: [...get().edges, edge], docId: newDocId() });
    get().revalidate();
    return id;
  },

  updateConfig(nodeId, field, value) {
    const s = get();
    const node = s.nodes.find((n) => n.id === nodeId);
    if (!node) return;
    const config = { ...node.data.config };
    if (value === undefined) delete config[field];
    else config[field] = value;
    if (JSON.stringify(config) === JSON.stringify(node.data.config)) return;
    change(get, set, `config:${nodeId}:${field}`, {
      nodes: s.nodes.map((n) => (n.id === nodeId ? { ...n, data: { ...n.data, config } } : n)),
      edges: followHandles(s.edges, nodeId, node.data.type, node.data.config, config),
    });
  },

  setNodeLabel(nodeId, label) {
    const s = get();
    const trimmed = label.slice(0, 120);
    const node = s.nodes.find((n) => n.id === nodeId);
    if (!node || (node.data.label ?? "") === trimmed) return;
    change(get, set, `label:${nodeId}`, {
      nodes: s.nodes.map((n) => {
        if (n.id !== nodeId) return n;
        const { label: _old, ...data } = n.data;
        return { ...n, data: trimmed ? { ...data, label: trimmed } : data };
      }),
    });
  },

  deleteNodes(nodeIds) {
    const s = get();
    const doomed = new Set(s.nodes.filter((n) => nodeIds.includes(n.id) && n.deletable !== false).map((n) => n.id));
    if (doomed.size === 0) return;
    change(get, set, null, {
      nodes: s.nodes.filter((n) => !doomed.has(n.id)),
      edges: s.edges.filter((e) => !doomed.has(e.source) && !doomed.has(e.target)),
    });
  },

  deleteSelection() {
    const s = get();
    const doomed = new Set(s.nodes.filter((n) => n.selected && n.deletable !== false).map((n) => n.id));
    const edges = s.edges.filter((e) => !e.selected && !doomed.has(e.source) && !doomed.has(e.target));
    if (doomed.size === 0 && edges.length === s.edges.length) return;
    change(get, set, null, { nodes: s.nodes.filter((n) => !doomed.has(n.id)), edges });
  },

  copySelection() {
    const s = get();
    const nodes = s.nodes.filter((n) => n.selected);
    if (nodes.length === 0) return 0;
    const ids = new Set(nodes.map((n) => n.id));
    writeClipboard({
      nodes: nodes.map(stripNode),
      edges: s.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(stripEdge),
    });
    return nodes.length;
  },

  paste() {
    const clip = readClipboard();
    if (!clip || clip.nodes.length === 0) return;
    const s = get();
    const { pasted, edges } = placePaste(clip, s.nodes);
    if (pasted.length === 0) return;
    // A second paste lands one step further along, like most editors.
    writeClipboard({ nodes: pasted.map(stripNode), edges: edges.map(stripEdge) });
    change(get, set, null, {
      nodes: [...s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...pasted],
      edges: [...s.edges.map((e) => (e.selected ? { ...e, selected: false } : e)), ...edges],
    });
  },

  duplicateSelection() {
    const before = readClipboard();
    if (get().copySelection() > 0) get().paste();
    writeClipboard(before);
  },

  layout() {
    const s = get();
    if (s.nodes.length === 0) return;
    const positions = autoLayout(
      s.nodes.map((n) => ({
        id: n.id,
        type: n.data.type,
        width: n.measured?.width ?? DEFAULT_NODE_SIZE.width,
        height: n.measured?.height ?? DEFAULT_NODE_SIZE.height,
      })),
      s.edges,
    );
    const nodes = s.nodes.map((n) => {
      const p = positions.get(n.id);
      return p && (p.x !== n.position.x || p.y !== n.position.y) ? { ...n, position: p } : n;
    });
    if (nodes.every((n, i) => n === s.nodes[i])) return get().requestFit();
    change(get, set, null, { nodes });
    get().requestFit();
  },

  replaceGraph(graph, options = {}) {
    const { nodes, edges } = fromGraph(graph);
    if (options.record === false) {
      set({ nodes, edges, docId: newDocId() });
      get().syncSelection();
      get().revalidate();
    } else change(get, set, null, { nodes, edges });
    get().requestFit();
  },

  requestFit() {
    set({ fitToken: get().fitToken + 1 });
  },
});
