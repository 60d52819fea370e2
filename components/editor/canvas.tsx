"use client";

import {
  Background,
  BackgroundVariant,
  MiniMap,
  Panel,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  type Connection,
  type Edge,
  type IsValidConnection,
} from "@xyflow/react";
import { useCallback, useEffect, useState, type DragEvent } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import type { TStackNode } from "@/lib/editor-store/types";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/badge";
import { Tooltip } from "@/components/ui/tooltip";
import { NODE_TYPES } from "./stack-node";
import { CanvasSkeleton } from "./canvas-skeleton";
import { TraceOverlay } from "./trace/trace-overlay";
import { useIsReadOnly } from "./read-only";
import { useTracedGraph } from "./trace/use-traced-graph";

/** The MIME type a palette item is dragged with. */
export const PALETTE_MIME = "application/x-hookstack-node";

/** One framing for the first view and the Fit view button: the whole stack, never magnified. */
const FIT_OPTIONS = { padding: 0.2, maxZoom: 1, duration: 250 };

function miniMapColor(node: TStackNode) {
  return node.selected ? "rgb(99 102 241)" : "rgb(161 161 170 / 0.6)";
}

export function Canvas() {
  const store = useEditorStoreApi();
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  // The shown run painted on (status per node, the path taken); never part of the document.
  const traced = useTracedGraph(nodes, edges);
  const fitToken = useEditor((s) => s.fitToken);
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);
  const connect = useEditor((s) => s.connect);
  const flow = useReactFlow<TStackNode>();
  const [showMap, setShowMap] = useState(true);
  const isReadOnly = useIsReadOnly();

  // Fit after auto-layout, import or restore; a frame later, so React Flow has measured new nodes.
  useEffect(() => {
    if (fitToken === 0) return;
    const t = requestAnimationFrame(() => void flow.fitView(FIT_OPTIONS));
    return () => cancelAnimationFrame(t);
  }, [fitToken, flow]);

  const isValidConnection: IsValidConnection = useCallback(
    (c: Edge | Connection) => store.getState().canConnect({ source: c.source, target: c.target }),
    [store],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const type = e.dataTransfer.getData(PALETTE_MIME);
      if (!type) return;
      e.preventDefault();
      // The node's header lands under the pointer, as if it had been carried by its icon.
      const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // Dropped while one node is selected: connected from that node's first free output, as a click would.
      store.getState().appendNode(type, { x: at.x - 30, y: at.y - 30 }, { isDrop: true });
    },
    [flow, store],
  );

  // React Flow shows nodes once it has measured them: until then a saved stack looks empty, so a skeleton stands
  // in (once; nodes added later are measured while the canvas is already shown).
  const isMeasured = useNodesInitialized();
  const [isShown, setIsShown] = useState(false);
  useEffect(() => {
    if (isMeasured) setIsShown(true);
  }, [isMeasured]);
  const isLoading = !isShown && nodes.length > 0;
  // The onboarding hint is for a stack with nothing but its start node, in an editor that can add to it.
  const isEmptyStack = !isLoading && nodes.length <= 1 && edges.length === 0 && !isReadOnly;

  return (
    <div className="relative h-full w-full" id="hs-canvas">
      <ReactFlow<TStackNode>
        nodes={traced.nodes}
        edges={traced.edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={connect}
        isValidConnection={isValidConnection}
        nodesDraggable={!isReadOnly}
        nodesConnectable={!isReadOnly}
        edgesReconnectable={!isReadOnly}
        onDrop={isReadOnly ? undefined : onDrop}
        onDragOver={onDragOver}
        // Deleting, copying and pasting go through the store (one undo step each): see use-editor-shortcuts.
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={["Meta", "Control", "Shift"]}
        fitView
        fitViewOptions={{ padding: FIT_OPTIONS.padding, maxZoom: FIT_OPTIONS.maxZoom }}
        minZoom={0.2}
        maxZoom={2}
        snapToGrid
        snapGrid={[8, 8]}
        // Light and dark come from globals.css (prefers-color-scheme), which also holds on the server render.
        colorMode="light"
        defaultEdgeOptions={{ interactionWidth: 24 }}
        connectionRadius={28}
        proOptions={{ hideAttribution: true }}
        aria-label="Function stack canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} />
        {showMap && (
          <MiniMap<TStackNode>
            position="top-right"
            pannable
            zoomable
            nodeColor={miniMapColor}
            nodeBorderRadius={6}
            maskColor="rgb(113 113 122 / 0.12)"
            className="!m-3 overflow-hidden !rounded-lg !border !border-zinc-200 !shadow-sm dark:!border-zinc-800"
            ariaLabel="Minimap"
            style={{ width: 168, height: 112 }}
          />
        )}
        <Panel position="bottom-left" className="!m-3">
          <div className="flex items-center gap-0.5 rounded-lg border border-zinc-200 bg-white p-0.5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
            <Tooltip content="Zoom in" side="top" align="start">
              <Button
                variant="ghost"
                size="sm"
                iconOnly
                icon="zoomIn"
                aria-label="Zoom in"
                onClick={() => void flow.zoomIn({ duration: 150 })}
              />
            </Tooltip>
            <Tooltip content="Zoom out" side="top">
              <Button
                variant="ghost"
                size="sm"
                iconOnly
                icon="zoomOut"
                aria-label="Zoom out"
                onClick={() => void flow.zoomOut({ duration: 150 })}
              />
            </Tooltip>
            <Tooltip content="Fit view" side="top">
              <Button
                variant="ghost"
                size="sm"
                iconOnly
                icon="fit"
                aria-label="Fit view"
                onClick={() => void flow.fitView(FIT_OPTIONS)}
              />
            </Tooltip>
            {/* Arranging moves nodes: an edit, so not offered read-only. */}
            {!isReadOnly && (
              <>
                <span className="mx-0.5 h-4 w-px bg-zinc-200 dark:bg-zinc-800" aria-hidden="true" />
                <Tooltip content="Tidy up: arrange the nodes top to bottom" side="top">
                  <Button
                    variant="ghost"
                    size="sm"
                    icon="layout"
                    aria-label="Auto-layout"
                    onClick={() => store.getState().layout()}
                  >
                    Auto-layout
                  </Button>
                </Tooltip>
              </>
            )}
            <span className="mx-0.5 h-4 w-px bg-zinc-200 dark:bg-zinc-800" aria-hidden="true" />
            <Tooltip content={showMap ? "Hide minimap" : "Show minimap"} side="top">
              <Button
                variant="ghost"
                size="sm"
                iconOnly
                icon="map"
                aria-label="Minimap"
                aria-pressed={showMap}
                onClick={() => setShowMap((v) => !v)}
              />
            </Tooltip>
          </div>
        </Panel>
        {isEmptyStack && (
          // Top left, clear of the minimap in the top right corner at any canvas width.
          <Panel
            position="top-left"
            className="!m-3"
            style={{ maxWidth: showMap ? "calc(100% - 216px)" : "calc(100% - 24px)" }}
          >
            <div
              data-testid="canvas-hint"
              className="flex flex-wrap items-center gap-x-2 gap-y-0.5 rounded-xl border border-zinc-200 bg-white/90 px-4 py-1.5 text-[12.5px] text-zinc-600 shadow-sm backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/90 dark:text-zinc-400"
            >
              Drag steps from the left, then connect them below the Webhook.
              <span className="flex items-center gap-1 text-zinc-400">
                <Kbd>/</Kbd> search
              </span>
            </div>
          </Panel>
        )}
        <TraceOverlay />
      </ReactFlow>
      {isLoading && <CanvasSkeleton />}
    </div>
  );
}
