"use client";

import { Panel, useReactFlow } from "@xyflow/react";
import { useEffect, useMemo } from "react";
import { selectInspectedNodeId, useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { failedNodeId } from "@/lib/editor-store/trace-view";
import type { TStackNode } from "@/lib/editor-store/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "@/components/endpoints/status-badge";
import { centerOnNode } from "../focus-node";
import { formatDuration } from "./format";
import { NodeRunDetails } from "./node-run-details";
import { ranOn, runTitle } from "./run-label";
import "./trace.css";

/**
 * The shown run over the canvas: a summary bar (what ran, its answer, its time) and, for the selected node, its
 * input and output. A new run with a failure selects and centres the failing node.
 */
export function TraceOverlay() {
  const store = useEditorStoreApi();
  const flow = useReactFlow<TStackNode>();
  const run = useEditor((s) => s.lastRun);
  const runToken = useEditor((s) => s.runToken);
  const selected = useEditor(selectInspectedNodeId);
  const nodeIds = useEditor((s) => s.nodes.map((n) => n.id).join("\u0000"));

  useEffect(() => {
    const s = store.getState();
    const shown = s.lastRun;
    if (!shown || runToken === 0 || !s.isRunFocusPending) return;
    store.setState({ isRunFocusPending: false });
    const failed = failedNodeId(shown.trace, shown.error);
    const node = failed ? s.nodes.find((n) => n.id === failed) : undefined;
    if (!node) return;
    s.select([node.id]);
    centerOnNode(flow, node, 300);
  }, [runToken, store, flow]);

  const missing = useMemo(() => {
    if (!run) return 0;
    const onCanvas = new Set(nodeIds.split("\u0000"));
    return new Set(run.trace.map((e) => e.nodeId).filter((id) => !onCanvas.has(id))).size;
  }, [run, nodeIds]);

  if (!run) return null;
  const hasEntry = selected !== undefined && run.trace.some((e) => e.nodeId === selected);
  return (
    <>
      <Panel position="top-left" className="!m-3">
        <div
          className="flex max-w-[560px] items-center gap-2 rounded-lg border border-zinc-200 bg-white/95 py-1 pl-3 pr-1 text-[12.5px] shadow-sm backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/95"
          data-testid="trace-bar"
        >
          <span className="font-medium text-zinc-800 dark:text-zinc-100">{runTitle(run)}</span>
          <StatusBadge status={run.response.status} />
          <span className="tabular-nums text-zinc-500 dark:text-zinc-400">{formatDuration(run.durationMs)}</span>
          <span className="text-zinc-300 dark:text-zinc-700" aria-hidden="true">
            ·
          </span>
          <span className="text-zinc-500 dark:text-zinc-400">
            {run.trace.length} step{run.trace.length === 1 ? "" : "s"} on {ranOn(run)}
          </span>
          {run.isDryRun && <Badge tone="accent">Dry run</Badge>}
          {missing > 0 && (
            <Badge tone="warning" title="The version that ran has nodes the draft no longer has">
              {missing} node{missing === 1 ? "" : "s"} not on the canvas
            </Badge>
          )}
          <Button
            size="sm"
            variant="ghost"
            icon="x"
            aria-label="Clear the trace"
            className="ml-1"
            onClick={() => store.getState().clearRun()}
          >
            Clear
          </Button>
        </div>
      </Panel>
      {selected !== undefined && (
        <Panel position="bottom-right" className="!m-3">
          <NodeRunDetails key={selected} nodeId={selected} hasEntry={hasEntry} />
        </Panel>
      )}
    </>
  );
}
