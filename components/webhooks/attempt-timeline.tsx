"use client";

import { formatTime } from "@/lib/format/time";
import type { TDeliveryDetail } from "@/lib/webhooks/get-delivery";
import { ResponseCode } from "./status-badges";

function Block({ title, children }: { title: string; children: string }) {
  return (
    <div className="min-w-0 flex-1">
      <div className="mb-1 text-[11px] font-medium uppercase tracking-wide text-zinc-500">{title}</div>
      <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-all rounded-md bg-zinc-50 p-2 font-mono text-[11.5px] text-zinc-700 dark:bg-zinc-950 dark:text-zinc-300">
        {children || "(empty)"}
      </pre>
    </div>
  );
}

const headerText = (h: Record<string, string>) =>
  Object.entries(h)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");

/** Every attempt of one delivery, oldest first: when, the answer's code and time, what was sent and what came back. */
export function AttemptTimeline({ detail }: { detail: TDeliveryDetail }) {
  return (
    <ol
      className="relative ml-2 flex flex-col gap-4 border-l border-zinc-200 pl-5 dark:border-zinc-700"
      data-testid="attempt-timeline"
    >
      {detail.attemptLog.length === 0 && <li className="text-xs text-zinc-500">No attempt yet.</li>}
      {detail.attemptLog.map((a, i) => (
        <li key={a.id} className="relative" data-testid="attempt">
          <span
            className={`absolute -left-[26px] top-1 h-2.5 w-2.5 rounded-full ${a.responseCode !== null && a.responseCode < 300 ? "bg-emerald-500" : "bg-red-500"}`}
          />
          <div className="mb-2 flex flex-wrap items-center gap-3 text-xs">
            <span className="font-medium">Attempt {i + 1}</span>
            <span className="text-zinc-500">{formatTime(a.attemptedAt)}</span>
            <ResponseCode code={a.responseCode} />
            <span className="text-zinc-500">{a.durationMs} ms</span>
            {a.error && <span className="text-red-600 dark:text-red-400">{a.error}</span>}
            {a.nextAttemptAt && (
              <span className="text-amber-700 dark:text-amber-300">next retry {formatTime(a.nextAttemptAt)}</span>
            )}
          </div>
          <div className="flex flex-col gap-2 lg:flex-row">
            <Block title="Request">{`POST ${detail.request.url}\n${headerText(a.requestHeaders)}\n\n${detail.request.body}`}</Block>
            <Block title="Response (first 4 KB)">
              {a.responseCode === null
                ? ""
                : `${a.responseCode}\n${headerText(a.responseHeaders)}\n\n${a.responseBody}`}
            </Block>
          </div>
        </li>
      ))}
    </ol>
  );
}
