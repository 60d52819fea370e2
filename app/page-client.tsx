"use client";

import { useState } from "react";
import { AppHeader } from "@/components/app-header";
import { EndpointHealth } from "@/components/dashboard/endpoint-health";
import { OverallCards } from "@/components/dashboard/overall-cards";
import { RecentFailures } from "@/components/dashboard/recent-failures";
import { Button } from "@/components/ui/button";
import { call } from "@/lib/editor-store/api-client";
import { formatTime } from "@/lib/format/time";
import type { TDashboard, TDashboardRange } from "@/lib/history/get-dashboard";

const RANGES: { id: TDashboardRange; label: string }[] = [
  { id: "hour", label: "Last hour" },
  { id: "day", label: "Last day" },
  { id: "week", label: "Last week" },
];

/** 60 000 → "1 minute", 900 000 → "15 minutes", 3 600 000 → "1 hour". */
function stepText(ms: number): string {
  const [n, unit] = ms % 3_600_000 === 0 ? [ms / 3_600_000, "hour"] : [ms / 60_000, "minute"];
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

export function DashboardPageClient({ initial }: { initial: TDashboard }) {
  const [data, setData] = useState(initial);
  const [error, setError] = useState<string>();
  const choose = async (range: TDashboardRange) => {
    try {
      setData(await call<TDashboard>("GET", `/dashboard?range=${range}`));
      setError(undefined);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <div className="min-h-screen">
      <AppHeader current="dashboard" />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <h1 className="text-xl font-semibold tracking-tight">Dashboard</h1>
            <p className="mt-1 text-[13px] text-zinc-500 dark:text-zinc-400">
              Finished runs from {formatTime(data.from)} to {formatTime(data.to)}, in steps of {stepText(data.stepMs)}.
              Endpoints failing now come first.
            </p>
          </div>
          <div className="ml-auto">
            <div role="group" aria-label="Time range" className="flex gap-1">
              {RANGES.map((r) => (
                <Button
                  key={r.id}
                  size="sm"
                  variant={data.range === r.id ? "primary" : "secondary"}
                  aria-pressed={data.range === r.id}
                  onClick={() => void choose(r.id)}
                >
                  {r.label}
                </Button>
              ))}
            </div>
          </div>
        </div>
        {error && (
          <p role="alert" className="mt-3 text-[13px] text-red-600 dark:text-red-400">
            {error}
          </p>
        )}
        <div className="mt-5 flex flex-col gap-5">
          <OverallCards overall={data.overall} />
          <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)] gap-5">
            <EndpointHealth endpoints={data.endpoints} />
            <RecentFailures failures={data.failures} />
          </div>
        </div>
      </main>
    </div>
  );
}
