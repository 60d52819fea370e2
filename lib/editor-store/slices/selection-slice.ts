import type { EditorSlice } from "../state";

/** Selection lives apart from the document: it is never saved and undo/redo ignore it. */
export type SelectionSlice = {
  selectedNodeIds: readonly string[];
  selectedEdgeIds: readonly string[];
  /** Recomputes the selection fields from the canvas's `selected` flags (after React Flow changes them). */
  syncSelection(): void;
  select(nodeIds: readonly string[], edgeIds?: readonly string[]): void;
  selectAll(): void;
  clearSelection(): void;
};

const EMPTY: readonly string[] = [];

function sameIds(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export const createSelectionSlice: EditorSlice<SelectionSlice> = (set, get) => ({
  selectedNodeIds: EMPTY,
  selectedEdgeIds: EMPTY,
  syncSelection() {
    const s = get();
    const nodeIds = s.nodes.filter((n) => n.selected).map((n) => n.id);
    const edgeIds = s.edges.filter((e) => e.selected).map((e) => e.id);
    // Keep the same array when nothing changed, so narrow selectors do not re-render.
    set({
      selectedNodeIds: sameIds(nodeIds, s.selectedNodeIds) ? s.selectedNodeIds : nodeIds.length ? nodeIds : EMPTY,
      selectedEdgeIds: sameIds(edgeIds, s.selectedEdgeIds) ? s.selectedEdgeIds : edgeIds.length ? edgeIds : EMPTY,
    });
  },
  select(nodeIds, edgeIds = EMPTY) {
    const nodeSet = new Set(nodeIds);
    const edgeSet = new Set(edgeIds);
    const s = get();
    set({
      nodes: s.nodes.map((n) => (!!n.selected === nodeSet.has(n.id) ? n : { ...n, selected: nodeSet.has(n.id) })),
      edges: s.edges.map((e) => (!!e.selected === edgeSet.has(e.id) ? e : { ...e, selected: edgeSet.has(e.id) })),
    });
    get().syncSelection();
  },
  selectAll() {
    const s = get();
    get().select(
      s.nodes.map((n) => n.id),
      s.edges.map((e) => e.id),
    );
  },
  clearSelection() {
    get().select(EMPTY, EMPTY);
  },
});
