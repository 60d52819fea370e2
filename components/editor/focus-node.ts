import type { ReactFlowInstance } from "@xyflow/react";
import { DEFAULT_NODE_SIZE } from "@/lib/editor-store/convert";
import type { EditorStore } from "@/lib/editor-store/create-editor-store";
import type { TStackNode } from "@/lib/editor-store/types";
import { fieldDomId } from "./inspector/config-field";

/** Centres the view on a node (its measured size, else the default), zooming in to at least 0.9. */
export function centerOnNode(flow: ReactFlowInstance<TStackNode>, node: TStackNode, duration = 250) {
  const w = node.measured?.width ?? DEFAULT_NODE_SIZE.width;
  const h = node.measured?.height ?? DEFAULT_NODE_SIZE.height;
  void flow.setCenter(node.position.x + w / 2, node.position.y + h / 2, {
    zoom: Math.max(flow.getZoom(), 0.9),
    duration,
  });
}

/** Selects a node, opens it in the inspector, centres it, and focuses the field a problem names. */
export function focusNode(store: EditorStore, flow: ReactFlowInstance<TStackNode>, nodeId: string, field?: string) {
  const s = store.getState();
  const node = s.nodes.find((n) => n.id === nodeId);
  if (!node) return;
  s.select([nodeId]);
  s.setPanel("inspector");
  centerOnNode(flow, node);
  if (field) {
    // The inspector renders the node on the next frame.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => document.getElementById(fieldDomId(nodeId, field))?.focus()),
    );
  }
}
