"use client";

import { ConfirmDialog } from "@/components/ui/dialog";
import type { TRequestEntry } from "@/lib/editor-store/run-types";
import { FailedCheckWarning } from "./run-outcome";

/** The headers the history redacted: a signature check fails on them unless the request is signed again. */
export const redactedHeaders = (entry: TRequestEntry) =>
  Object.entries(entry.headers)
    .filter(([, v]) => v === "[redacted]")
    .map(([k]) => k);

/** Whether to sign a replay again; red once the original had failed its check (issue 14's replay safety). */
export function ResignOption({
  entry,
  resign,
  onChange,
  hasSignatureNode,
}: {
  entry: TRequestEntry;
  resign: boolean;
  onChange(resign: boolean): void;
  hasSignatureNode: boolean;
}) {
  const redacted = redactedHeaders(entry);
  if (redacted.length === 0) return null;
  return (
    <label className="flex items-start gap-2 text-xs leading-[18px] text-zinc-600 dark:text-zinc-400">
      <input
        type="checkbox"
        checked={resign}
        onChange={(e) => onChange(e.target.checked)}
        disabled={!hasSignatureNode}
        className="mt-0.5 h-3.5 w-3.5 accent-indigo-600"
      />
      <span className={entry.failedCheck && resign ? "text-red-700 dark:text-red-300" : undefined}>
        Re-sign with the endpoint’s secret. The history redacted{" "}
        <code className="font-mono text-[11px]">{redacted.join(", ")}</code>, so without it a signature check fails.
      </span>
    </label>
  );
}

/** The confirmation before a stored request runs for real on the live version. */
export function ResendConfirm({
  entry,
  resign,
  open,
  isBusy,
  onClose,
  onConfirm,
}: {
  entry: TRequestEntry;
  resign: boolean;
  open: boolean;
  isBusy: boolean;
  onClose(): void;
  onConfirm(): void;
}) {
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      onConfirm={onConfirm}
      title="Re-send this request to the live version?"
      description={
        <>
          It runs for real, as if the provider had sent it again: records are written and outgoing requests are sent. It
          is kept in the history as a replay
          {resign ? ", re-signed with the endpoint’s secret" : ""}.
          <FailedCheckWarning entry={entry} isResigning={resign} />
        </>
      }
      confirmLabel="Re-send to live"
      tone={entry.failedCheck ? "danger" : "primary"}
      isBusy={isBusy}
    />
  );
}
