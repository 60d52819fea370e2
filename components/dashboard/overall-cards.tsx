import type { TDashboard } from "@/lib/history/get-dashboard";
import { formatDuration } from "@/components/editor/trace/format";
import { Spark, type TSparkMetric } from "./spark";

const CARD = "rounded-xl border border-zinc-200 bg-white p-4 shadow-xs dark:border-zinc-800 dark:bg-zinc-900";

const percent = (rate: number) => `${(rate * 100).toFixed(rate > 0 && rate < 0.01 ? 2 : 1)} %`;
const ms = (v: number | null) => (v === null ? "—" : formatDuration(v));

/** The workspace's three figures over the range, each with its chart. */
export function OverallCards({ overall }: { overall: TDashboard["overall"] }) {
  const cards: { title: string; value: string; note: string; metric: TSparkMetric }[] = [
    {
      title: "Requests per minute",
      value: overall.perMinute.toFixed(overall.perMinute < 10 ? 2 : 0),
      note: `${overall.requests.toLocaleString("en")} finished runs`,
      metric: "perMinute",
    },
    {
      title: "Error rate",
      value: percent(overall.errorRate),
      note: `${overall.errors.toLocaleString("en")} answered 4xx/5xx or failed`,
      metric: "errorRate",
    },
    {
      title: "Run time p50 / p95",
      value: `${ms(overall.p50)} / ${ms(overall.p95)}`,
      note: "darker line p95, lighter p50",
      metric: "runTime",
    },
  ];
  return (
    <section aria-label="All endpoints" className="grid grid-cols-3 gap-3">
      {cards.map((c) => (
        <div key={c.title} className={CARD}>
          <h2 className="text-[12px] font-medium text-zinc-500 dark:text-zinc-400">{c.title}</h2>
          <p className="mt-1 text-xl font-semibold tabular-nums tracking-tight" data-testid={`overall-${c.metric}`}>
            {c.value}
          </p>
          <p className="text-[11.5px] text-zinc-500 dark:text-zinc-400">{c.note}</p>
          <div className="mt-2">
            <Spark points={overall.series} metric={c.metric} height={64} label={`${c.title}, all endpoints`} />
          </div>
        </div>
      ))}
    </section>
  );
}

export { percent, ms };
