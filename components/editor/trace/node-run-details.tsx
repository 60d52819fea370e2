"use client";

import { useMemo, useState } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { entryFor, entryPath, iterationSteps } from "@/lib/editor-store/trace-view";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";
import { JsonTree } from "@/components/ui/json-tree";
import { nodeTitle } from "../node-display";
import { formatDuration } from "./format";

const TONE = { ok: "success", error: "danger", skipped: "accent" } as const;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `14:03:27.125`, local time. */
function clockTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

function Section({
  title,
  children,
  isOpenInitially = true,
  testId,
}: {
  title: string;
  children: React.ReactNode;
  isOpenInitially?: boolean;
  testId?: string;
}) {
  const [isOpen, setIsOpen] = useState(isOpenInitially);
  return (
    <section className="border-t border-zinc-100 dark:border-zinc-800" data-testid={testId}>
      <button
        type="button"
        aria-expanded={isOpen}
        onClick={() => setIsOpen((o) => !o)}
        className="flex w-full items-center gap-1.5 px-3 py-2 text-left text-[11px] font-medium uppercase tracking-wide text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-200"
      >
        <Icon name="chevronRight" size={12} className={cn("transition-transform", isOpen && "rotate-90")} />
        {title}
      </button>
      {isOpen && <div className="px-3 pb-3">{children}</div>}
    </section>
  );
}

/** Steps through a loop's iterations: a node inside the loop, or the `forEach` itself. */
function IterationStepper({ nodeId }: { nodeId: string }) {
  const store = useEditorStoreApi();
  const trace = useEditor((s) => s.lastRun?.trace);
  const iteration = useEditor((s) => s.iteration);
  const steps = useMemo(() => (trace ? iterationSteps(trace, nodeId) : []), [trace, nodeId]);
  if (steps.length === 0) return null;
  const at = Math.max(
    0,
    steps.findIndex((s) => s.key === iteration),
  );
  const isAll = iteration === null || !steps.some((s) => s.key === iteration);
  const go = (i: number) => store.getState().setIteration(steps[i]?.key ?? null);
  return (
    <div
      className="flex items-center gap-1 border-t border-zinc-100 px-3 py-1.5 dark:border-zinc-800"
      data-testid="iteration-stepper"
    >
      <span className="mr-auto text-xs text-zinc-500 dark:text-zinc-400">
        Iteration{" "}
        <span className="font-medium tabular-nums text-zinc-800 dark:text-zinc-100" data-testid="iteration-label">
          {isAll ? `all ${steps.length}` : `${steps[at]!.label} of ${steps.length}`}
        </span>
      </span>
      <Button
        size="sm"
        variant="ghost"
        iconOnly
        icon="chevronLeft"
        aria-label="Previous iteration"
        disabled={!isAll && at === 0}
        onClick={() => go(isAll ? 0 : at - 1)}
      />
      <Button
        size="sm"
        variant="ghost"
        iconOnly
        icon="chevronRight"
        aria-label="Next iteration"
        disabled={!isAll && at === steps.length - 1}
        onClick={() => go(isAll ? 0 : at + 1)}
      />
      {!isAll && (
        <Button size="sm" variant="ghost" onClick={() => store.getState().setIteration(null)}>
          All
        </Button>
      )}
    </div>
  );
}

/** What one node did in the shown run: status, time, the handle it left by, its input and output. */
export function NodeRunDetails({ nodeId, hasEntry }: { nodeId: string; hasEntry: boolean }) {
  const store = useEditorStoreApi();
  const data = useEditor((s) => s.nodes.find((n) => n.id === nodeId)?.data);
  const trace = useEditor((s) => s.lastRun?.trace);
  const iteration = useEditor((s) => s.iteration);
  const entry = useMemo(() => (trace ? entryFor(trace, nodeId, iteration) : undefined), [trace, nodeId, iteration]);
  const count = useMemo(() => trace?.filter((e) => e.nodeId === nodeId).length ?? 0, [trace, nodeId]);
  const title = data ? nodeTitle(data) : nodeId;
  const output = entry?.output as { dryRun?: boolean; wouldWrite?: unknown; wouldSend?: unknown } | undefined;
  const path = entry ? entryPath(entry) : [];

  return (
    <div
      className="flex max-h-[calc(100vh-210px)] w-[340px] flex-col overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
      data-testid="node-run-details"
      role="region"
      aria-label={`Run of ${title}`}
    >
      <div className="flex items-center gap-2 px-3 py-2.5">
        <div className="min-w-0 flex-1">
          <p className="truncate text-[13px] font-semibold text-zinc-900 dark:text-zinc-100">{title}</p>
          <p className="truncate font-mono text-[11px] text-zinc-400">{nodeId}</p>
        </div>
        {entry && (
          <>
            <Badge tone={TONE[entry.status]}>{entry.status}</Badge>
            <span className="text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
              {formatDuration(entry.durationMs)}
            </span>
          </>
        )}
        <Button
          size="sm"
          variant="ghost"
          iconOnly
          icon="sliders"
          aria-label="Edit the node's settings"
          title="Edit settings in the inspector"
          onClick={() => store.getState().setPanel("inspector")}
        />
        <Button
          size="sm"
          variant="ghost"
          iconOnly
          icon="x"
          aria-label="Close run details"
          onClick={() => store.getState().clearSelection()}
        />
      </div>
      {!hasEntry || !entry ? (
        <p className="border-t border-zinc-100 px-3 py-3 text-xs leading-[18px] text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
          This node did not run for this request: the run ended or branched off before it.
        </p>
      ) : (
        <>
          <IterationStepper nodeId={nodeId} />
          <div className="min-h-0 flex-1 overflow-y-auto">
            {entry.error && (
              <div
                className="mx-3 mb-3 flex gap-2 rounded-lg bg-red-50 px-2.5 py-2 text-xs leading-[18px] text-red-700 dark:bg-red-500/10 dark:text-red-300"
                role="alert"
                data-testid="node-run-error"
              >
                <Icon name="alertCircle" size={14} className="mt-0.5 shrink-0" />
                <span className="min-w-0 break-words">{entry.error}</span>
              </div>
            )}
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 px-3 pb-2.5 text-xs">
              {entry.handle && (
                <>
                  <dt className="text-zinc-500 dark:text-zinc-400">Left by</dt>
                  <dd className="font-mono text-zinc-800 dark:text-zinc-200">{entry.handle}</dd>
                </>
              )}
              {count > 1 && (
                <>
                  <dt className="text-zinc-500 dark:text-zinc-400">Ran</dt>
                  <dd className="tabular-nums text-zinc-800 dark:text-zinc-200">
                    {count}× in the loop
                    {path.length > 0 && (
                      <span className="text-zinc-400"> · showing {path.map((n) => n + 1).join(" › ")}</span>
                    )}
                  </dd>
                </>
              )}
              <dt className="text-zinc-500 dark:text-zinc-400">Started</dt>
              <dd className="tabular-nums text-zinc-800 dark:text-zinc-200">{clockTime(entry.startedAt)}</dd>
            </dl>
            <Section title="Input" testId="node-run-input">
              {entry.input && Object.keys(entry.input).length > 0 ? (
                <JsonTree value={entry.input} defaultExpandDepth={2} />
              ) : (
                <p className="text-xs text-zinc-400">No settings evaluated.</p>
              )}
            </Section>
            <Section title={output?.dryRun ? "Output · dry run" : "Output"} testId="node-run-output">
              {output?.dryRun && (
                <p className="mb-2 text-xs leading-[18px] text-indigo-700 dark:text-indigo-300">
                  Dry run:{" "}
                  {output.wouldSend
                    ? "nothing was sent. This is what would have been."
                    : "nothing was written. This is what would have been."}
                </p>
              )}
              {entry.output === undefined ? (
                <p className="text-xs text-zinc-400">No output.</p>
              ) : (
                <JsonTree value={entry.output} defaultExpandDepth={3} />
              )}
            </Section>
          </div>
        </>
      )}
    </div>
  );
}
