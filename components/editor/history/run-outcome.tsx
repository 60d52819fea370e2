"use client";

import type { ReactNode } from "react";
import type { TRequestEntry } from "@/lib/editor-store/run-types";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/endpoints/status-badge";

/**
 * How a history entry's run ended, beyond its status: what a background caller got at once, a run that reached no
 * Response node, a failure not retried because no retry could change it, and what a replay was.
 */

/** Short: the details list shows one line per row. */
const FINAL_TEXT: Record<string, string> = {
  signature: "none (a bad signature never passes)",
  token: "none (a bad token never passes)",
  parse: "none (the body never parses)",
  stack: "none (the stack chose this 4xx)",
};

const CHECK_TEXT = { signature: "signature", token: "token" } as const;

/** Small markers for the entry's one-line summary. */
export function OutcomeBadges({ entry }: { entry: TRequestEntry }) {
  return (
    <>
      {entry.acceptedStatus !== null && (
        <Badge
          tone="neutral"
          title={`The caller got ${entry.acceptedStatus} at once; the badge before it is how the background run ended.`}
        >
          sent {entry.acceptedStatus}
        </Badge>
      )}
      {entry.endedWithoutResponse && (
        <Badge
          tone="warning"
          title='The run ended without reaching a Response node: the caller got the default 200 {"ok":true}.'
        >
          no Response
        </Badge>
      )}
      {entry.replay?.originalFailed && entry.replay.resigned && (
        <Badge
          tone="danger"
          title={`The original failed its ${CHECK_TEXT[entry.replay.originalFailed]} check; this replay was re-signed with the endpoint’s secret.`}
        >
          re-signed
        </Badge>
      )}
    </>
  );
}

/** Rows for the entry's details list. */
export function outcomeRows(entry: TRequestEntry): [string, ReactNode][] {
  const rows: [string, ReactNode][] = [];
  if (entry.acceptedStatus !== null) {
    rows.push(["Caller got", <span key="a">{entry.acceptedStatus} at once (background)</span>]);
    rows.push([
      "Run ended",
      <span key="r" className="inline-flex items-center gap-1.5" data-testid="run-ended">
        {entry.status !== null && entry.state !== "queued" && entry.state !== "running" ? (
          <StatusBadge status={entry.status} />
        ) : null}
        {entry.state}
      </span>,
    ]);
  }
  if (entry.error?.final) {
    rows.push([
      "Retries",
      <span key="f" title="Failures no retry can change are final; the endpoint's Settings can retry them too.">
        {FINAL_TEXT[entry.error.final] ?? "none"}
      </span>,
    ]);
  }
  if (entry.endedWithoutResponse) {
    rows.push([
      "Answer",
      <span key="n" className="text-amber-700 dark:text-amber-300">
        No Response node reached: the caller got 200 {'{"ok":true}'}
      </span>,
    ]);
  }
  if (entry.replay) {
    const { of, resigned, originalFailed } = entry.replay;
    rows.push([
      "Replay of",
      <span key="p" className="font-mono text-[11.5px]">
        {of}
      </span>,
    ]);
    rows.push([
      "Signed",
      <span
        key="s"
        className={originalFailed && resigned ? "text-red-600 dark:text-red-400" : undefined}
        data-testid="replay-signed"
      >
        {resigned ? "re-signed with the endpoint’s secret" : "as stored (not re-signed)"}
      </span>,
    ]);
    if (originalFailed) {
      rows.push([
        "Original",
        <span key="o" className="text-red-600 dark:text-red-400" data-testid="replay-original">
          failed its {CHECK_TEXT[originalFailed]} check
        </span>,
      ]);
    }
  }
  return rows;
}

/** The red warning shown before a request whose original failed a signature or token check is sent again. */
export function FailedCheckWarning({ entry, isResigning }: { entry: TRequestEntry; isResigning: boolean }) {
  if (!entry.failedCheck) return null;
  const check = CHECK_TEXT[entry.failedCheck];
  return (
    <span
      role="alert"
      data-testid="failed-check-warning"
      className="mt-2 block rounded-md border border-red-200 bg-red-50 px-2.5 py-2 text-[12.5px] leading-[18px] text-red-700 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-300"
    >
      This request failed its {check} check when it arrived: the provider may never have sent it.{" "}
      {isResigning
        ? `Re-signing makes it pass that check with the real secret, so whatever it asks for will be done for real.`
        : `It is sent as stored, without re-signing, so the ${check} check fails again.`}
    </span>
  );
}
