"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { AppHeader } from "@/components/app-header";
import { bodyText, formatDuration } from "@/components/editor/trace/format";
import { BodyView, HeadersList } from "@/components/editor/history/request-parts";
import { OutcomeBadges } from "@/components/editor/history/run-outcome";
import { ExecutionActions } from "@/components/executions/execution-actions";
import { ExecutionCanvas } from "@/components/executions/execution-canvas";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { ToastProvider, useToast } from "@/components/ui/toast";
import { call } from "@/lib/editor-store/api-client";
import type { TEndpoint } from "@/lib/editor-store/types";
import { formatTime } from "@/lib/format/time";
import type { TExecution } from "@/lib/history/get-execution";
import type { TReplayRun } from "@/lib/history/replay-request";

type Props = { execution: TExecution; canvasEndpoint: TEndpoint; origin: string; canRun: boolean };

const SECTION = "rounded-xl border border-zinc-200 bg-white p-4 shadow-xs dark:border-zinc-800 dark:bg-zinc-900";
const H2 = "mb-2 text-[13px] font-semibold";

export function ExecutionPageClient(props: Props) {
  return (
    <ToastProvider>
      <ExecutionPage {...props} />
    </ToastProvider>
  );
}

function ExecutionPage({ execution, canvasEndpoint, origin, canRun }: Props) {
  const { request: r, endpoint } = execution;
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState<"draft" | "live" | null>(null);
  const replay = async (target: "draft" | "live", resign: boolean) => {
    setBusy(target);
    try {
      const run = await call<TReplayRun>(
        "POST",
        `/endpoints/${encodeURIComponent(endpoint.id)}/requests/${encodeURIComponent(r.id)}/replay`,
        { target, resign },
      );
      toast({
        title: `${target === "live" ? "Re-sent to live" : "Replayed on the draft"}: ${run.response.status}`,
        tone: run.error ? "danger" : "success",
      });
      router.push(`/executions/${run.requestId}`);
    } catch (err) {
      toast({ title: "Could not run it again", description: (err as Error).message, tone: "danger" });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="min-h-screen">
      <AppHeader current="executions" />
      <main className="mx-auto flex max-w-6xl flex-col gap-4 px-6 py-8">
        <div>
          <p className="text-[12.5px] text-zinc-500 dark:text-zinc-400">
            <Link href="/executions" className="hover:underline">
              Executions
            </Link>{" "}
            ›{" "}
            <Link href={`/endpoints/${endpoint.id}?request=${r.id}`} className="hover:underline">
              {endpoint.name}
            </Link>
          </p>
          <h1 className="mt-1 flex flex-wrap items-center gap-2 text-xl font-semibold tracking-tight">
            <span className="font-mono text-[17px]">
              {r.method} {r.path}
            </span>
            <Badge tone={(r.status ?? 0) >= 400 ? "danger" : "success"}>{r.status ?? "—"}</Badge>
            <OutcomeBadges entry={r} />
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 text-[12.5px] tabular-nums text-zinc-500 dark:text-zinc-400">
            <span>{formatTime(r.receivedAt)}</span>
            <span>{formatDuration(r.durationMs)}</span>
            <span>{r.version === null ? "ran on the draft" : `ran on v${r.version}`}</span>
            <span>
              {r.acceptedStatus === null ? "direct" : `background (answered ${r.acceptedStatus})`} · {r.state}
              {r.attempts > 1 ? ` · ${r.attempts} attempts` : ""}
            </span>
            <span className="flex items-center gap-1 font-mono">
              {r.id} <CopyButton value={r.id} label="Copy request id" />
            </span>
          </p>
        </div>
        <ExecutionActions
          entry={r}
          origin={origin}
          canRun={canRun}
          isLive={endpoint.publishedVersion !== null && endpoint.enabled}
          hasSignatureNode={execution.hasSignatureNode}
          busy={busy}
          onReplay={(target, resign) => void replay(target, resign)}
        />
        {r.error && (
          <p
            role="alert"
            className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-[13px] text-red-700 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-300"
          >
            {r.error.nodeId ? `${r.error.nodeId}: ` : ""}
            {r.error.message}
          </p>
        )}
        <section aria-label="Run on the canvas">
          <ExecutionCanvas endpoint={canvasEndpoint} entry={r} />
        </section>
        <div className="grid grid-cols-2 gap-4">
          <section className={SECTION} aria-labelledby="request-title">
            <h2 id="request-title" className={H2}>
              Request
            </h2>
            <HeadersList headers={r.headers} />
            <div className="mt-3">
              <BodyView
                text={r.body}
                testId="request-body"
                note={r.bodyTruncated ? `kept ${r.body.length} of ${r.bodySize} bytes` : undefined}
              />
            </div>
          </section>
          <section className={SECTION} aria-labelledby="answer-title">
            <h2 id="answer-title" className={H2}>
              Answer · {r.response.status ?? "—"}
            </h2>
            <HeadersList headers={r.response.headers} emptyText="No headers." />
            <div className="mt-3">
              <BodyView text={bodyText(r.response.body)} testId="response-body" />
            </div>
          </section>
        </div>
      </main>
    </div>
  );
}
