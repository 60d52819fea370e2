"use client";

import { useMemo, useState } from "react";
import type { TTraceEntry } from "@/lib/editor-store/run-types";
import { entryPath, iterationKey } from "@/lib/editor-store/trace-view";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";
import { Icon } from "@/components/ui/icon";
import { JsonTree } from "@/components/ui/json-tree";
import { formatBytes, formatDuration, parsedBody } from "../trace/format";

/** Header names and values, one per row; redacted values stand out. */
export function HeadersList({
  headers,
  emptyText = "No headers.",
}: {
  headers: Record<string, string>;
  emptyText?: string;
}) {
  const rows = Object.entries(headers);
  if (rows.length === 0) return <p className="text-xs text-zinc-400">{emptyText}</p>;
  return (
    <dl
      className="grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-1 font-mono text-[11.5px] leading-[18px]"
      data-testid="headers-list"
    >
      {rows.map(([name, value]) => (
        <div key={name} className="contents">
          <dt className="max-w-[150px] truncate text-zinc-500 dark:text-zinc-400" title={name}>
            {name}
          </dt>
          <dd
            className={cn(
              "min-w-0 break-all",
              value === "[redacted]" ? "italic text-amber-700 dark:text-amber-400" : "text-zinc-800 dark:text-zinc-200",
            )}
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A body: as a tree when it is JSON, or as the exact raw text (`isRawFirst`: what a signature was computed over). */
export function BodyView({
  text,
  note,
  testId,
  isRawFirst = false,
}: {
  text: string;
  note?: string;
  testId?: string;
  isRawFirst?: boolean;
}) {
  const parsed = useMemo(() => parsedBody(text), [text]);
  const [isRaw, setIsRaw] = useState(isRawFirst);
  if (text === "") return <p className="text-xs text-zinc-400">Empty body.</p>;
  return (
    <div className="flex flex-col gap-1.5" data-testid={testId}>
      <div className="flex items-center gap-2 text-[11px] text-zinc-400">
        <span>{formatBytes(new TextEncoder().encode(text).length)}</span>
        {note && <span className="text-amber-600 dark:text-amber-400">{note}</span>}
        <span className="ml-auto flex items-center gap-1">
          {parsed.isJson && (
            <button
              type="button"
              className="rounded px-1 hover:text-zinc-700 dark:hover:text-zinc-200"
              onClick={() => setIsRaw((r) => !r)}
            >
              {isRaw ? "Tree" : "Raw"}
            </button>
          )}
          <CopyButton value={text} label="Copy body" />
        </span>
      </div>
      {parsed.isJson && !isRaw ? (
        <div className="max-h-[320px] overflow-auto rounded-md border border-zinc-100 bg-zinc-50/60 p-2 dark:border-zinc-800 dark:bg-zinc-950/40">
          <JsonTree value={parsed.value} defaultExpandDepth={2} />
        </div>
      ) : (
        <pre className="max-h-[320px] overflow-auto whitespace-pre-wrap break-all rounded-md border border-zinc-100 bg-zinc-50/60 p-2 font-mono text-[11.5px] leading-[18px] text-zinc-800 dark:border-zinc-800 dark:bg-zinc-950/40 dark:text-zinc-200">
          {text}
        </pre>
      )}
    </div>
  );
}

const STATUS_ICON = {
  ok: { name: "checkCircle", className: "text-emerald-600 dark:text-emerald-400" },
  error: { name: "alertCircle", className: "text-red-600 dark:text-red-400" },
  skipped: { name: "info", className: "text-indigo-500 dark:text-indigo-300" },
} as const;

/** A run's steps in order: node, iteration, status, time; a click selects the node on the canvas. */
export function TraceSteps({
  trace,
  onSelect,
}: {
  trace: readonly TTraceEntry[];
  onSelect?(nodeId: string, iteration: string | null): void;
}) {
  if (trace.length === 0)
    return <p className="text-xs text-zinc-400">No steps ran (the request was refused before the function stack).</p>;
  return (
    <ol className="flex flex-col" data-testid="trace-steps">
      {trace.map((e, i) => {
        const icon = STATUS_ICON[e.status];
        const path = entryPath(e);
        return (
          <li key={i}>
            <button
              type="button"
              disabled={!onSelect}
              onClick={() => onSelect?.(e.nodeId, path.length ? iterationKey(path) : null)}
              className="flex w-full items-center gap-2 rounded-md px-1.5 py-1 text-left text-xs hover:bg-zinc-50 disabled:hover:bg-transparent dark:hover:bg-zinc-800/50"
              style={{ paddingLeft: 6 + path.length * 12 }}
              title={e.error}
            >
              <Icon name={icon.name} size={13} className={cn("shrink-0", icon.className)} />
              <span className="truncate font-mono text-zinc-800 dark:text-zinc-200">{e.nodeId}</span>
              {path.length > 0 && (
                <span className="shrink-0 text-[11px] text-zinc-400">#{path.map((n) => n + 1).join("›")}</span>
              )}
              {e.handle && e.handle !== "next" && (
                <span className="shrink-0 rounded bg-zinc-100 px-1 font-mono text-[10.5px] text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400">
                  {e.handle}
                </span>
              )}
              <span className="ml-auto shrink-0 tabular-nums text-zinc-400">{formatDuration(e.durationMs)}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/** Small labelled tabs for the parts of a request or response. */
export function PartTabs<T extends string>({
  tabs,
  value,
  onChange,
  label,
}: {
  tabs: readonly { id: T; label: string; count?: number }[];
  value: T;
  onChange(id: T): void;
  label: string;
}) {
  return (
    <div role="tablist" aria-label={label} className="flex gap-1 rounded-lg bg-zinc-100 p-0.5 dark:bg-zinc-800/70">
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          aria-selected={t.id === value}
          onClick={() => onChange(t.id)}
          className={cn(
            "flex h-6 flex-1 items-center justify-center gap-1 rounded-md text-[11.5px] font-medium transition-colors",
            t.id === value
              ? "bg-white text-zinc-900 shadow-xs dark:bg-zinc-900 dark:text-zinc-100"
              : "text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-200",
          )}
        >
          {t.label}
          {t.count !== undefined && <span className="tabular-nums text-zinc-400">{t.count}</span>}
        </button>
      ))}
    </div>
  );
}
