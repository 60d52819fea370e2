"use client";

import { useMemo } from "react";
import { useEditor } from "@/lib/editor-store/context";
import { failedNodeId, nodeRuns, takenEdgeIds, type TNodeRun } from "@/lib/editor-store/trace-view";
import type { TStackEdge, TStackNode } from "@/lib/editor-store/types";
import { formatDuration } from "./format";

const MARK = { ok: "✓", error: "✕", skipped: "⤼" } as const;

/** The pill a node wears after a run (drawn by CSS from the wrapper's data attributes; see trace.css). */
export function runLabel(run: TNodeRun): string {
  const times = run.count > 1 ? `${run.count}× · ` : "";
  if (run.status === "skipped") return `${MARK.skipped} ${times}dry run`;
  return `${MARK[run.status]} ${times}${formatDuration(run.durationMs)}`;
}

type TDomAttributes = NonNullable<TStackNode["domAttributes"]>;

/**
 * The canvas's nodes and edges with the shown run painted on: each node's status and time as data attributes on
 * its wrapper, the path taken and the edges left alone as classes. Without a run, the store's arrays as they are.
 * Nothing here enters the document.
 */
export function useTracedGraph(nodes: TStackNode[], edges: TStackEdge[]): { nodes: TStackNode[]; edges: TStackEdge[] } {
  const run = useEditor((s) => s.lastRun);
  const iteration = useEditor((s) => s.iteration);
  const runs = useMemo(() => (run ? nodeRuns(run.trace, iteration) : null), [run, iteration]);
  const failed = useMemo(() => (run ? failedNodeId(run.trace, run.error) : undefined), [run]);
  const taken = useMemo(() => (run ? takenEdgeIds(run.trace, edges) : null), [run, edges]);

  const tracedNodes = useMemo(() => {
    if (!runs) return nodes;
    return nodes.map((n) => {
      const r = runs[n.id];
      const attributes = (r
        ? {
            "data-run-status": r.status,
            "data-run-label": runLabel(r),
            ...(failed === n.id ? { "data-run-failed": "true" } : {}),
          }
        : { "data-run-status": "none" }) as unknown as TDomAttributes;
      return { ...n, domAttributes: { ...n.domAttributes, ...attributes } };
    });
  }, [nodes, runs, failed]);

  const tracedEdges = useMemo(() => {
    if (!taken) return edges;
    return edges.map((e) => ({
      ...e,
      className: [e.className, taken.has(e.id) ? "hs-trace-taken" : "hs-trace-idle"].filter(Boolean).join(" "),
      ...(taken.has(e.id) ? { zIndex: 1 } : {}),
    }));
  }, [edges, taken]);

  return { nodes: tracedNodes, edges: tracedEdges };
}
