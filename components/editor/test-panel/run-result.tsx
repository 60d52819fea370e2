"use client";

import { useReactFlow } from "@xyflow/react";
import { useState } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { isRunPending, type TRunView } from "@/lib/editor-store/run-types";
import { failedNodeId } from "@/lib/editor-store/trace-view";
import type { TStackNode } from "@/lib/editor-store/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Icon } from "@/components/ui/icon";
import { centerOnNode } from "../focus-node";
import { BodyView, HeadersList, PartTabs, TraceSteps } from "../history/request-parts";
import { nodeTitle } from "../node-display";
import { bodyText, formatDuration, statusText } from "../trace/format";
import { ranOn, runTitle } from "../trace/run-label";

type TPart = "body" | "headers" | "steps" | "request";

/** Selects a node on the canvas and centres it, keeping the current panel (the inspector is one click away). */
export function useShowNode() {
  const store = useEditorStoreApi();
  const flow = useReactFlow<TStackNode>();
  return (nodeId: string, iteration: string | null = null) => {
    const s = store.getState();
    const node = s.nodes.find((n) => n.id === nodeId);
    if (!node) return;
    s.select([nodeId]);
    s.setIteration(iteration);
    centerOnNode(flow, node);
  };
}

function ReplayNote({ run }: { run: TRunView }) {
  if (run.kind !== "replay") return null;
  const redacted = run.redactedHeaders ?? [];
  return (
    <p className="text-xs leading-[18px] text-zinc-500 dark:text-zinc-400">
      Replay of <code className="font-mono text-[11.5px]">{run.replayOf}</code>
      {redacted.length > 0 && (
        <>
          {" "}
          · the history had redacted <code className="font-mono text-[11.5px]">{redacted.join(", ")}</code>
          {run.isResigned
            ? ", so it was signed again with the endpoint’s secret."
            : ", so it was sent without it: a signature check fails. Replay with “Re-sign” on to sign it again."}
        </>
      )}
    </p>
  );
}

/** The answer of the run on the canvas: status, time, where it failed, then its body, headers and steps. */
export function RunResult({ run }: { run: TRunView }) {
  const [part, setPart] = useState<TPart>("body");
  const failed = failedNodeId(run.trace, run.error);
  const failedData = useEditor((s) => (failed ? s.nodes.find((n) => n.id === failed)?.data : undefined));
  const showNode = useShowNode();
  const store = useEditorStoreApi();
  const body = bodyText(run.response.body);
  const headerCount = Object.keys(run.response.headers).length;
  const isPending = isRunPending(run.state);

  return (
    <section
      aria-labelledby="run-result-title"
      className="flex flex-col gap-3 border-b border-zinc-200 p-4 dark:border-zinc-800"
      data-testid="run-result"
    >
      <div className="flex items-center gap-2">
        <h3 id="run-result-title" className="text-[11px] font-medium uppercase tracking-wide text-zinc-400">
          {runTitle(run)}
        </h3>
        <span className="ml-auto flex items-center gap-1">
          {run.isDryRun && <Badge tone="accent">Dry run</Badge>}
          <Badge>{ranOn(run)}</Badge>
          <Button
            size="sm"
            variant="ghost"
            iconOnly
            icon="x"
            aria-label="Clear the result and the trace"
            onClick={() => store.getState().clearRun()}
          />
        </span>
      </div>
      <div className="flex items-baseline gap-2" data-testid="run-status">
        <span className="text-2xl font-semibold tabular-nums tracking-tight">{run.response.status ?? "…"}</span>
        <span className="text-[13px] text-zinc-600 dark:text-zinc-300">
          {isPending ? `${run.state} in the background` : statusText(run.response.status)}
        </span>
        <span
          className="ml-auto text-[13px] tabular-nums text-zinc-500 dark:text-zinc-400"
          title="Total time of the run"
        >
          {formatDuration(run.durationMs)}
        </span>
      </div>
      <div className="flex items-center gap-1.5 text-[11px] text-zinc-400">
        <span className="font-mono">{run.requestId}</span>
        <CopyButton value={run.requestId} label="Copy request id" />
      </div>
      <ReplayNote run={run} />
      {run.error && (
        <div
          className="flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-xs leading-[18px] text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200"
          role="alert"
          data-testid="run-error"
        >
          <Icon name="alertCircle" size={14} className="mt-0.5 shrink-0" />
          <div className="min-w-0 flex-1">
            <p className="font-medium">
              {failed ? `Failed at “${failedData ? nodeTitle(failedData) : failed}”` : "The run failed"}
            </p>
            <p className="break-words">{run.error.message}</p>
          </div>
          {failed && failedData && (
            <Button
              size="sm"
              variant="ghost"
              className="-my-1 text-red-700 dark:text-red-200"
              onClick={() => showNode(failed)}
            >
              Show node
            </Button>
          )}
        </div>
      )}
      <PartTabs<TPart>
        label="Response parts"
        value={part}
        onChange={setPart}
        tabs={[
          { id: "body", label: "Body" },
          { id: "headers", label: "Headers", count: headerCount },
          { id: "steps", label: "Steps", count: run.trace.length },
          ...(run.request ? [{ id: "request" as const, label: "Request" }] : []),
        ]}
      />
      {part === "body" && <BodyView text={body} testId="response-body" />}
      {part === "headers" && <HeadersList headers={run.response.headers} />}
      {part === "steps" && <TraceSteps trace={run.trace} onSelect={showNode} />}
      {part === "request" && run.request && (
        <div className="flex flex-col gap-3">
          <HeadersList headers={run.request.headers} />
          <BodyView text={run.request.body} />
        </div>
      )}
    </section>
  );
}
