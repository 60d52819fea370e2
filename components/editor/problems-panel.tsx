"use client";

import { useReactFlow } from "@xyflow/react";
import type { TGraphError } from "@/lib/graph/errors";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import type { TStackNode } from "@/lib/editor-store/types";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";
import { focusNode } from "./focus-node";
import { nodeTitle } from "./node-display";

function fieldOf(path: string) {
  return /^nodes\.\d+\.config\.([^.]+)/.exec(path)?.[1];
}

/** Every error and warning of the shared validator; a click takes you to the node and the field. */
export function ProblemsPanel() {
  const problems = useEditor((s) => s.problems);
  const total = problems.errors.length + problems.warnings.length;
  if (total === 0) {
    return (
      <div className="flex flex-col items-center px-6 py-10 text-center">
        <span className="flex h-9 w-9 items-center justify-center rounded-full bg-emerald-50 text-emerald-600 dark:bg-emerald-500/10 dark:text-emerald-400">
          <Icon name="check" size={18} />
        </span>
        <p className="mt-3 text-[13px] font-medium">No problems</p>
        <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">The function stack is ready to publish.</p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4 p-3">
      {problems.errors.length > 0 && <ProblemList title="Errors" tone="error" items={problems.errors} />}
      {problems.warnings.length > 0 && <ProblemList title="Warnings" tone="warning" items={problems.warnings} />}
      {problems.errors.length > 0 && (
        <p className="px-1 text-xs leading-[18px] text-zinc-500 dark:text-zinc-400">
          A draft with errors can be saved but not published; the live version keeps running until you publish.
        </p>
      )}
    </div>
  );
}

function ProblemList({
  title,
  tone,
  items,
}: {
  title: string;
  tone: "error" | "warning";
  items: readonly TGraphError[];
}) {
  const store = useEditorStoreApi();
  const flow = useReactFlow<TStackNode>();
  // Read, not subscribed: the list re-renders when the problems change (every config or label edit revalidates),
  // and must not re-render on every drag frame.
  const nodes = store.getState().nodes;
  return (
    <section aria-label={title}>
      <h3 className="mb-1 px-1 text-[11px] font-medium uppercase tracking-wide text-zinc-400">
        {title} <span className="tabular-nums">({items.length})</span>
      </h3>
      <ul className="flex flex-col" data-testid={`problems-${tone}`}>
        {items.map((p, i) => {
          const node = p.nodeId ? nodes.find((n) => n.id === p.nodeId) : undefined;
          return (
            <li key={`${p.path}-${i}`}>
              <button
                type="button"
                disabled={!node}
                onClick={() => node && focusNode(store, flow, node.id, fieldOf(p.path))}
                className="flex w-full items-start gap-2.5 rounded-md px-2 py-2 text-left hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:cursor-default disabled:hover:bg-transparent dark:hover:bg-zinc-800/70"
              >
                <Icon
                  name={tone === "error" ? "alertCircle" : "alertTriangle"}
                  size={14}
                  className={cn("mt-0.5 shrink-0", tone === "error" ? "text-red-500" : "text-amber-500")}
                />
                <span className="min-w-0 flex-1">
                  {node && (
                    <span className="block truncate text-xs font-medium text-zinc-800 dark:text-zinc-200">
                      {nodeTitle(node.data)}
                    </span>
                  )}
                  <span className="block text-xs leading-[18px] text-zinc-600 dark:text-zinc-400">{p.message}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
