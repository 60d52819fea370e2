import type { ReactFlowInstance } from "@xyflow/react";
import type { EditorStore } from "@/lib/editor-store/create-editor-store";
import type { TStackNode } from "@/lib/editor-store/types";
import { fieldDomId } from "./inspector/config-field";

/** Selects a node, opens it in the inspector, centres it, and focuses the field a problem names. */
export function focusNode(store: EditorStore, flow: ReactFlowInstance<TStackNode>, nodeId: string, field?: string) {
  const s = store.getState();
  const node = s.nodes.find((n) => n.id === nodeId);
  if (!node) return;
  s.select([nodeId]);
  s.setPanel("inspector");
  const w = node.measured?.width ?? 248;
  const h = node.measured?.height ?? 76;
  void flow.setCenter(node.position.x + w / 2, node.position.y + h / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 250 });
  if (field) {
    // The inspector renders the node on the next frame.
    requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(fieldDomId(nodeId, field))?.focus()));
  }
}
