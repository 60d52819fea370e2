"use client";

import { useState } from "react";
import { FailedCheckWarning } from "@/components/editor/history/run-outcome";
import { redactedHeaders, ResendConfirm, ResignOption } from "@/components/editor/history/replay-safety";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import type { TRequestEntry } from "@/lib/editor-store/run-types";
import { curlCommand } from "@/lib/history/curl";

type Props = {
  entry: TRequestEntry;
  origin: string;
  /** Viewers only copy and download: nothing that runs the stack. */
  canRun: boolean;
  isLive: boolean;
  hasSignatureNode: boolean;
  busy: "draft" | "live" | null;
  onReplay(target: "draft" | "live", resign: boolean): void;
};

function download(entry: TRequestEntry) {
  const { method, path, query, headers, body, receivedAt } = entry;
  const blob = new Blob([JSON.stringify({ method, path, query, headers, body, receivedAt }, null, 2)], {
    type: "application/json",
  });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `${entry.id}.json`;
  a.click();
  URL.revokeObjectURL(a.href);
}

/** Replay on the draft, re-send to live (confirmed; a request that failed its check is not re-signed unasked), copy, download. */
export function ExecutionActions({ entry, origin, canRun, isLive, hasSignatureNode, busy, onReplay }: Props) {
  const redacted = redactedHeaders(entry);
  const [resign, setResign] = useState(redacted.length > 0 && hasSignatureNode && !entry.failedCheck);
  const [isConfirming, setIsConfirming] = useState(false);
  const canReplay = canRun && (!entry.bodyTruncated || entry.source === "live");
  return (
    <div className="flex flex-col gap-2" aria-label="Actions" role="group">
      <div className="flex flex-wrap items-center gap-1.5">
        {canRun && (
          <>
            <Button
              size="sm"
              icon="play"
              disabled={!canReplay || busy !== null}
              isBusy={busy === "draft"}
              onClick={() => onReplay("draft", resign)}
            >
              Replay on draft
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
          </>
        )}
        <span className="inline-flex items-center gap-1 rounded-md border border-zinc-200 px-2 py-1 text-[12.5px] dark:border-zinc-700">
          Copy as cURL <CopyButton value={curlCommand(origin, entry)} label="Copy as cURL" />
        </span>
        <Button size="sm" icon="download" onClick={() => download(entry)}>
          Download request (JSON)
        </Button>
      </div>
      {canRun && (
        <ResignOption entry={entry} resign={resign} onChange={setResign} hasSignatureNode={hasSignatureNode} />
      )}
      {canRun && entry.failedCheck && <FailedCheckWarning entry={entry} isResigning={resign} />}
      <ResendConfirm
        entry={entry}
        resign={resign}
        open={isConfirming}
        isBusy={busy === "live"}
        onClose={() => setIsConfirming(false)}
        onConfirm={() => {
          setIsConfirming(false);
          onReplay("live", resign);
        }}
      />
    </div>
  );
}
