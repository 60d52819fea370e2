"use client";

import { useMemo } from "react";
import { lintExpression } from "@/lib/expressions/lint";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { absentFieldWarnings, fieldPreview, selectDataRun, selectSampleData } from "@/lib/editor-store/sample-data";
import { Icon } from "@/components/ui/icon";
import { cn } from "@/components/ui/cn";

const MAX_PREVIEW = 160;

/** A value as one line: JSON, clipped. */
function formatValue(value: unknown): string {
  if (value === undefined) return "nothing (undefined)";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_PREVIEW ? `${text.slice(0, MAX_PREVIEW - 1)}…` : text;
}

/**
 * Under an expression field: names JSONata reads as subtraction (with a one-click fix), comparisons with fields
 * the data did not have, and the value the field evaluated to in the last run (or the node's error), as n8n does.
 */
export function ExpressionFeedback({
  nodeId,
  path,
  value,
  onFix,
}: {
  nodeId: string;
  /** The field (`["condition"]`) or map entry (`["fields", "total"]`); absent: no value preview. */
  path?: readonly string[];
  value: string;
  onFix(next: string): void;
}) {
  const store = useEditorStoreApi();
  const lints = useMemo(() => lintExpression(value), [value]);
  const data = useEditor(selectSampleData);
  const absent = useMemo(() => absentFieldWarnings(value, data), [value, data]);
  // Subscribed pieces: the preview is recomputed when the run, the iteration or the run's sources change.
  const run = useEditor(selectDataRun);
  const iteration = useEditor((s) => s.iteration);
  const runSources = useEditor((s) => s.runSources);
  const preview = useMemo(
    () => (path && value.trim() ? fieldPreview(store.getState(), nodeId, path, value) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run, iteration and runSources are read through store.getState(): they mark when to recompute
    [store, nodeId, path?.join("."), value, run, iteration, runSources],
  );

  if (lints.length === 0 && absent.length === 0 && !preview) return null;
  return (
    <div className="mt-1.5 flex flex-col gap-1">
      {lints.map((lint) => (
        <p
          key={lint.start}
          className="flex items-start gap-1.5 text-xs leading-4 text-amber-700 dark:text-amber-400"
          data-testid="expression-lint"
        >
          <Icon name="alertTriangle" size={13} className="mt-px shrink-0" />
          <span className="min-w-0 flex-1">{lint.message}</span>
          <button
            type="button"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onFix(lint.fix)}
            className="shrink-0 rounded px-1 font-medium text-indigo-600 hover:bg-indigo-50 dark:text-indigo-400 dark:hover:bg-indigo-500/10"
          >
            Fix
          </button>
        </p>
      ))}
      {absent.map((message) => (
        <p
          key={message}
          className="flex items-start gap-1.5 text-xs leading-4 text-amber-700 dark:text-amber-400"
          data-testid="expression-absent"
        >
          <Icon name="alertTriangle" size={13} className="mt-px shrink-0" />
          <span className="min-w-0 flex-1">{message}</span>
        </p>
      ))}
      {preview && (
        <p
          className={cn(
            "flex min-w-0 items-baseline gap-1.5 rounded-md px-2 py-1 text-[11.5px] leading-4",
            preview.kind === "error"
              ? "bg-red-50 text-red-700 dark:bg-red-500/10 dark:text-red-300"
              : "bg-zinc-50 text-zinc-500 dark:bg-zinc-800/60 dark:text-zinc-400",
          )}
          data-testid="expression-preview"
          title={preview.kind === "value" ? formatValue(preview.value) : undefined}
        >
          {preview.kind === "value" && (
            <>
              <span className="shrink-0">{run?.kind === "test" ? "Last test:" : "Last run:"}</span>
              <code className="min-w-0 flex-1 truncate font-mono text-[11.5px] text-zinc-800 dark:text-zinc-200">
                {formatValue(preview.value)}
              </code>
              {preview.isStale && <span className="shrink-0 italic">before this edit</span>}
            </>
          )}
          {preview.kind === "error" && (
            <span className="min-w-0 break-words">Failed in the last run: {preview.message}</span>
          )}
          {preview.kind === "notRun" && <span>This node did not run in the last run.</span>}
        </p>
      )}
    </div>
  );
}
