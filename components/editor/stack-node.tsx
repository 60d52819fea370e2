"use client";

import { Handle, Position, useUpdateNodeInternals, type NodeProps } from "@xyflow/react";
import { memo, useEffect, useRef } from "react";
import { getNodeDefinition } from "@/lib/nodes/catalog";
import { outgoingHandles } from "@/lib/nodes/define";
import { useEditor } from "@/lib/editor-store/context";
import type { TStackNode } from "@/lib/editor-store/types";
import { cn } from "@/components/ui/cn";
import { nodeSummary, nodeTitle } from "./node-display";
import { NodeIcon } from "./node-icon";
import "./canvas.css";

// `hs-handle` widens the area that catches the pointer well beyond the dot (canvas.css).
const HANDLE =
  "hs-handle !h-3 !w-3 !min-h-0 !min-w-0 !rounded-full !border-2 !border-white !bg-zinc-400 transition-[background-color,opacity] hover:!bg-indigo-500 dark:!border-zinc-900 dark:!bg-zinc-500";

/**
 * One function stack node on the canvas, read top to bottom: input on top, the catalog's icon, title and config
 * summary, then one labelled output per handle along the bottom. Memoised and subscribed only to its own problems,
 * so dragging one node repaints one node.
 */
function StackNodeView({ id, data, selected }: NodeProps<TStackNode>) {
  const def = getNodeDefinition(data.type);
  const problems = useEditor((s) => s.problemsByNode[id]);
  // The error output shows while the node is hovered or selected, or once it leads somewhere: every node that can
  // fail has one, and a row of unused ones is noise.
  const isErrorConnected = useEditor((s) => s.edges.some((e) => e.source === id && e.sourceHandle === "error"));
  const errorCount = problems?.errors.length ?? 0;
  const warningCount = problems?.warnings.length ?? 0;
  const handles = def ? outgoingHandles(def, data.config) : [];
  // `error` sits on the right edge of every node that can fail; the flow's own outputs run along the bottom.
  const errorHandle = handles.find((h) => h.id === "error");
  const flowHandles = handles.filter((h) => h.id !== "error");
  const isBranching = flowHandles.length > 1 || flowHandles.some((h) => h.label);
  const summary = def ? nodeSummary(def, data.config) : `Unknown node type “${data.type}”`;
  const title = nodeTitle(data);
  const isStart = def?.hasInput === false;
  // Outputs can follow the config (a switch's cases): React Flow must measure the node's handles again when they
  // change, or edges to a new or renamed output are not drawn. Only on a change, never on mount: React Flow measures
  // a new node itself, and a call on mount measures this one node a frame before the others, which made the first
  // fitView frame the Webhook alone at zoom 1 (the rest of a long stack below the fold).
  const updateNodeInternals = useUpdateNodeInternals();
  const handleIds = handles.map((h) => h.id).join(" ");
  const measuredHandleIds = useRef(handleIds);
  useEffect(() => {
    if (measuredHandleIds.current === handleIds) return;
    measuredHandleIds.current = handleIds;
    updateNodeInternals(id);
  }, [handleIds, id, updateNodeInternals]);
  // Room for every output's label: wider than the usual node when there are many.
  const width = flowHandles.length > 3 ? flowHandles.length * 76 : undefined;

  return (
    <div
      className={cn(
        "group/node relative w-[248px] rounded-xl border bg-white text-left shadow-sm transition-[box-shadow,border-color] dark:bg-zinc-900",
        errorCount > 0
          ? "border-red-300 dark:border-red-500/60"
          : "border-zinc-200 hover:border-zinc-300 dark:border-zinc-700/80 dark:hover:border-zinc-600",
        selected && "!border-indigo-500 ring-3 ring-indigo-500/20 dark:!border-indigo-400 dark:ring-indigo-400/25",
      )}
      style={width ? { width } : undefined}
      data-node-type={data.type}
      data-has-errors={errorCount > 0 || undefined}
    >
      {!isStart && <Handle type="target" position={Position.Top} className={HANDLE} aria-label="input" />}
      <div className={cn("relative flex items-center gap-2.5 py-2.5 pl-3", errorHandle ? "pr-12" : "pr-3")}>
        <span
          aria-hidden="true"
          className={cn(
            "flex h-9 w-9 shrink-0 items-center justify-center rounded-lg ring-1 ring-inset",
            isStart
              ? "bg-indigo-50 text-indigo-600 ring-indigo-100 dark:bg-indigo-500/10 dark:text-indigo-300 dark:ring-indigo-500/20"
              : "bg-zinc-50 text-zinc-600 ring-zinc-200/80 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-700",
          )}
        >
          <NodeIcon glyph={def?.icon} size={17} />
        </span>
        <div className="min-w-0 flex-1">
          <div className="flex items-baseline gap-1.5">
            <span className="truncate text-[13px] font-semibold text-zinc-900 dark:text-zinc-100">{title}</span>
            {data.label && def && <span className="truncate text-[11px] text-zinc-400">{def.title}</span>}
          </div>
          <p
            className={cn(
              "truncate font-mono text-[11px] leading-4",
              def ? "text-zinc-500 dark:text-zinc-400" : "text-red-600",
            )}
            title={summary}
          >
            {summary || "\u00a0"}
          </p>
        </div>
        {errorHandle && (
          <span
            className={cn(
              "absolute right-0 top-1/2 flex -translate-y-1/2 items-center transition-opacity",
              !isErrorConnected && !selected && "opacity-0 group-hover/node:opacity-100",
            )}
            data-handle-row="error"
          >
            {/* Muted: every node that can fail has this output, and a label in red would read as a failure. */}
            <span className="mr-2.5 text-[10.5px] font-medium text-zinc-400 dark:text-zinc-500">
              {errorHandle.label || errorHandle.id}
            </span>
            <Handle
              type="source"
              id={errorHandle.id}
              position={Position.Right}
              aria-label="error output"
              className={cn(HANDLE, "!bg-zinc-300 hover:!bg-red-500 dark:!bg-zinc-600 dark:hover:!bg-red-500")}
            />
          </span>
        )}
      </div>
      {!isBranching && flowHandles[0] && (
        <Handle
          type="source"
          id={flowHandles[0].id}
          position={Position.Bottom}
          className={HANDLE}
          aria-label={`${flowHandles[0].id} output`}
        />
      )}
      {isBranching && (
        <div className="flex h-6 items-stretch border-t border-zinc-100 dark:border-zinc-800">
          {flowHandles.map((h) => (
            <div key={h.id} className="relative flex min-w-0 flex-1 items-center justify-center" data-handle-row={h.id}>
              <span
                className="truncate px-1 text-[10.5px] font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400"
                title={h.label || h.id}
              >
                {h.label || h.id}
              </span>
              <Handle
                type="source"
                id={h.id}
                position={Position.Bottom}
                aria-label={`${h.id} output`}
                className={HANDLE}
              />
            </div>
          ))}
        </div>
      )}
      {(errorCount > 0 || warningCount > 0) && (
        <span
          className={cn(
            "absolute -right-2 -top-2 flex h-5 min-w-5 items-center justify-center rounded-full px-1 text-[11px] font-semibold text-white shadow-sm ring-2 ring-white dark:ring-zinc-950",
            errorCount > 0 ? "bg-red-500" : "bg-amber-500",
          )}
          title={[...(problems?.errors ?? []), ...(problems?.warnings ?? [])].join("\n")}
          data-testid="node-problem-badge"
        >
          {errorCount > 0 ? errorCount : "!"}
          <span className="sr-only">{errorCount > 0 ? ` error${errorCount === 1 ? "" : "s"}` : " warning"}</span>
        </span>
      )}
    </div>
  );
}

export const StackNode = memo(StackNodeView);

/** Declared once, outside any component, as React Flow asks. */
export const NODE_TYPES = { stack: StackNode };
