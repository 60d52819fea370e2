import type { EditorSlice, EditorState } from "../state";
import type { TStackEdge, TStackNode } from "../types";

/** The document as it was: nodes and edges without selection or drag state, plus its identity for the dirty marker. */
export type THistorySnapshot = { nodes: TStackNode[]; edges: TStackEdge[]; docId: number };

export type HistorySlice = {
  past: THistorySnapshot[];
  future: THistorySnapshot[];
  /** Coalescing state: consecutive changes with the same key within COALESCE_MS make one undo step. */
  historyKey: string | null;
  historyAt: number;
  /**
   * Call just before changing the document. A key coalesces bursts (typing in one field, nudging with arrows);
   * `null` always starts a new step.
   */
  recordChange(key: string | null): void;
  undo(): void;
  redo(): void;
  clearHistory(): void;
};

export const HISTORY_LIMIT = 100;
export const COALESCE_MS = 1000;

/** A node without its selection and drag state (what undo and the clipboard keep). */
export function stripNode({ selected: _s, dragging: _d, ...node }: TStackNode): TStackNode {
  return node;
}

/** An edge without its selection state. */
export function stripEdge({ selected: _s, ...edge }: TStackEdge): TStackEdge {
  return edge;
}

export function snapshotOf(s: Pick<EditorState, "nodes" | "edges" | "docId">): THistorySnapshot {
  return { nodes: s.nodes.map(stripNode), edges: s.edges.map(stripEdge), docId: s.docId };
}

/** Restores a snapshot's document while keeping today's selection and measured sizes: undo never changes selection. */
function restore(s: EditorState, snap: THistorySnapshot): Pick<EditorState, "nodes" | "edges" | "docId"> {
  const nodesNow = new Map(s.nodes.map((n) => [n.id, n]));
  const edgesNow = new Map(s.edges.map((e) => [e.id, e]));
  return {
    nodes: snap.nodes.map((n) => {
      const now = nodesNow.get(n.id);
      return { ...n, selected: now?.selected ?? false, measured: now?.measured ?? n.measured };
    }),
    edges: snap.edges.map((e) => ({ ...e, selected: edgesNow.get(e.id)?.selected ?? false })),
    docId: snap.docId,
  };
}

export const createHistorySlice: EditorSlice<HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  historyKey: null,
  historyAt: 0,
  recordChange(key) {
    const s = get();
    const now = Date.now();
    if (key !== null && key === s.historyKey && now - s.historyAt < COALESCE_MS) {
      set({ historyAt: now, future: [] });
      return;
    }
    set({ past: [...s.past, snapshotOf(s)].slice(-HISTORY_LIMIT), future: [], historyKey: key, historyAt: now });
  },
  undo() {
    const s = get();
    const previous = s.past[s.past.length - 1];
    if (!previous) return;
    set({
      ...restore(s, previous),
      past: s.past.slice(0, -1),
      future: [...s.future, snapshotOf(s)],
      historyKey: null,
    });
    get().syncSelection();
    get().revalidate();
  },
  redo() {
    const s = get();
    const next = s.future[s.future.length - 1];
    if (!next) return;
    set({
      ...restore(s, next),
      future: s.future.slice(0, -1),
      past: [...s.past, snapshotOf(s)],
      historyKey: null,
    });
    get().syncSelection();
    get().revalidate();
  },
  clearHistory() {
    set({ past: [], future: [], historyKey: null, historyAt: 0 });
  },
});
