"use client";

import { useState } from "react";
import { formatTime } from "@/lib/format/time";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { isRunPending, type TRequestEntry } from "@/lib/editor-store/run-types";
import { messageOf } from "@/lib/editor-store/slices/document-slice";
import { runFromEntry } from "@/lib/editor-store/slices/run-slice";
import { signatureNodeOf } from "@/lib/editor-store/signature-node";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";
import { Icon } from "@/components/ui/icon";
import { RelativeTime } from "@/components/ui/relative-time";
import { useToast } from "@/components/ui/toast";
import { StatusBadge } from "@/components/endpoints/status-badge";
import { useIsReadOnly } from "../read-only";
import { useShowNode } from "../test-panel/run-result";
import { bodyText, formatDuration } from "../trace/format";
import { BodyView, HeadersList, PartTabs, TraceSteps } from "./request-parts";
import { FailedCheckWarning, OutcomeBadges, outcomeRows } from "./run-outcome";
import { redactedHeaders, ResendConfirm, ResignOption } from "./replay-safety";

type TPart = "request" | "response" | "trace";

function SourceBadge({ source }: { source: string }) {
  if (source === "live") return null;
  return <Badge tone={source === "replay" ? "accent" : "neutral"}>{source}</Badge>;
}

function Meta({ entry }: { entry: TRequestEntry }) {
  const rows: [string, React.ReactNode][] = [
    ["Received", formatTime(entry.receivedAt)],
    ["Duration", formatDuration(entry.durationMs)],
    ["Ran on", entry.version === null ? "draft" : `v${entry.version}`],
    ["State", `${entry.state}${entry.attempts > 1 ? ` · ${entry.attempts} attempts` : ""}`],
    ...(entry.ip ? ([["From", entry.ip]] as [string, string][]) : []),
    ...outcomeRows(entry),
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      <dt className="text-zinc-500 dark:text-zinc-400">Request</dt>
      <dd className="flex min-w-0 items-center gap-1 font-mono text-[11.5px]">
        <span className="truncate">{entry.id}</span>
        <CopyButton value={entry.id} label="Copy request id" />
      </dd>
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{k}</dt>
          <dd className="min-w-0 truncate tabular-nums text-zinc-800 dark:text-zinc-200">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Actions({ entry, onChanged }: { entry: TRequestEntry; onChanged(): void }) {
  const store = useEditorStoreApi();
  const toast = useToast();
  const busy = useEditor((s) => s.runBusy);
  const hasSignatureNode = useEditor((s) => signatureNodeOf(s) !== undefined);
  const isLive = useEditor((s) => s.endpoint.publishedVersion !== null && s.endpoint.enabled);
  const isBackground = useEditor((s) => s.endpoint.settings.mode === "background");
  const redacted = redactedHeaders(entry);
  // A request that failed its signature or token check is never re-signed unless the person asks for it.
  const [resign, setResign] = useState(redacted.length > 0 && hasSignatureNode && !entry.failedCheck);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isRetrying, setIsRetrying] = useState(false);
  const canReplay = !entry.bodyTruncated || entry.source === "live";
  const isReadOnly = useIsReadOnly();

  const resend = async () => {
    setIsConfirming(false);
    const run = await store.getState().replay(entry, { target: "live", resign });
    const s = store.getState();
    const signedNote = resign ? " It was re-signed with the endpoint’s secret." : "";
    if (run)
      toast({
        title: `Re-sent to live: ${run.response.status}`,
        description: `The new run is at the top of the history and on the canvas.${signedNote}`,
        tone: run.error ? "danger" : "success",
      });
    else toast({ title: "Could not re-send", description: s.runError, tone: "danger" });
    onChanged();
  };
  const retry = async () => {
    setIsRetrying(true);
    try {
      await store.getState().runApi.retry(store.getState().endpoint.id, entry.id);
      toast({
        title: "Queued again",
        description: "The background run starts over with fresh attempts.",
        tone: "success",
      });
      onChanged();
    } catch (err) {
      toast({ title: "Could not retry", description: messageOf(err), tone: "danger" });
    } finally {
      setIsRetrying(false);
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-1.5">
        <Button size="sm" icon="layers" onClick={() => store.getState().showRun(runFromEntry(entry, "history"))}>
          Show on canvas
        </Button>
        {/* Replaying, re-sending and retrying run the stack, which writes and sends: not a viewer's. */}
        {!isReadOnly && (
          <>
            <Button
              size="sm"
              icon="play"
              disabled={!canReplay || busy !== null}
              onClick={() => void store.getState().replay(entry, { target: "draft", resign })}
            >
              Replay on draft
            </Button>
            <Button
              size="sm"
              icon="save"
              disabled={!canReplay}
              title="Keep this request in the test suite (secrets stay masked; signed again at run time)"
              onClick={() => store.getState().saveEntryAsTest(entry)}
            >
              Save as test
            </Button>
            <Button
              size="sm"
              icon="rocket"
              disabled={!canReplay || busy !== null || !isLive}
              title={isLive ? undefined : "The endpoint has no live version"}
              onClick={() => setIsConfirming(true)}
            >
              Re-send to live
            </Button>
            {isBackground && entry.source === "live" && !isRunPending(entry.state) && (
              <Button size="sm" icon="repeat" isBusy={isRetrying} onClick={() => void retry()}>
                Retry
              </Button>
            )}
          </>
        )}
      </div>
      {!isReadOnly && (
        <ResignOption entry={entry} resign={resign} onChange={setResign} hasSignatureNode={hasSignatureNode} />
      )}
      {!isReadOnly && entry.failedCheck && <FailedCheckWarning entry={entry} isResigning={resign} />}
      <ResendConfirm
        entry={entry}
        resign={resign}
        open={isConfirming}
        isBusy={busy === "replay"}
        onClose={() => setIsConfirming(false)}
        onConfirm={() => void resend()}
      />
    </div>
  );
}

/** One request in the history: a one-line summary that opens to its details and actions. */
export function HistoryEntry({
  entry,
  isOpen,
  onToggle,
  onChanged,
}: {
  entry: TRequestEntry;
  isOpen: boolean;
  onToggle(): void;
  onChanged(): void;
}) {
  const [part, setPart] = useState<TPart>("request");
  const showNode = useShowNode();
  const store = useEditorStoreApi();
  const isShown = useEditor((s) => s.lastRun?.requestId === entry.id);
  const errorMessage = entry.error?.message;
  return (
    <li
      className={cn(
        "rounded-lg border",
        isOpen ? "border-zinc-200 bg-white shadow-xs dark:border-zinc-800 dark:bg-zinc-900" : "border-transparent",
      )}
      data-request-id={entry.id}
      data-source={entry.source}
    >
      <button
        type="button"
        aria-expanded={isOpen}
        onClick={onToggle}
        className="flex w-full items-center gap-2 rounded-lg px-2 py-1.5 text-left hover:bg-zinc-50 dark:hover:bg-zinc-800/50"
      >
        <StatusBadge status={isRunPending(entry.state) ? null : entry.status} />
        <span className="font-mono text-[11px] font-medium text-zinc-500 dark:text-zinc-400">{entry.method}</span>
        <SourceBadge source={entry.source} />
        <OutcomeBadges entry={entry} />
        {isShown && <Icon name="layers" size={12} className="text-indigo-500" aria-label="On the canvas" />}
        <span className="min-w-0 flex-1 truncate text-xs text-zinc-500 dark:text-zinc-400" title={errorMessage}>
          {errorMessage ?? ""}
        </span>
        <RelativeTime iso={entry.receivedAt} className="shrink-0 text-xs text-zinc-500 dark:text-zinc-400" />
        <span className="w-12 shrink-0 text-right text-[11px] tabular-nums text-zinc-400">
          {formatDuration(entry.durationMs)}
        </span>
        <Icon
          name="chevronDown"
          size={13}
          className={cn("shrink-0 text-zinc-400 transition-transform", isOpen && "rotate-180")}
        />
      </button>
      {isOpen && (
        <div className="flex flex-col gap-3 px-2.5 pb-3 pt-1">
          <Meta entry={entry} />
          <Actions entry={entry} onChanged={onChanged} />
          <PartTabs<TPart>
            label="Request parts"
            value={part}
            onChange={setPart}
            tabs={[
              { id: "request", label: "Request" },
              { id: "response", label: "Response" },
              { id: "trace", label: "Trace", count: entry.trace.length },
            ]}
          />
          {part === "request" && (
            <div className="flex flex-col gap-3">
              <HeadersList headers={entry.headers} />
              <BodyView
                text={entry.body}
                note={entry.bodyTruncated ? `clipped (${entry.bodySize} bytes received)` : undefined}
                testId="history-request-body"
                isRawFirst
              />
            </div>
          )}
          {part === "response" && (
            <div className="flex flex-col gap-3">
              <div className="flex items-center gap-2 text-xs">
                <StatusBadge status={entry.response.status} />
                {errorMessage && (
                  <span className="min-w-0 break-words text-red-600 dark:text-red-400">{errorMessage}</span>
                )}
              </div>
              <HeadersList headers={entry.response.headers} />
              <BodyView text={bodyText(entry.response.body)} />
            </div>
          )}
          {part === "trace" && (
            <TraceSteps
              trace={entry.trace}
              onSelect={(nodeId, iteration) => {
                if (store.getState().lastRun?.requestId !== entry.id)
                  store.getState().showRun(runFromEntry(entry, "history"), { focusFailure: false });
                showNode(nodeId, iteration);
              }}
            />
          )}
        </div>
      )}
    </li>
  );
}
