"use client";

import { Area, AreaChart, Line, LineChart, ResponsiveContainer, Tooltip, YAxis } from "recharts";
import type { TDashboardPoint } from "@/lib/history/get-dashboard";
import { formatTime } from "@/lib/format/time";
import { formatDuration } from "@/components/editor/trace/format";

/** Which figure a chart draws, and how its tooltip writes a value. */
export type TSparkMetric = "perMinute" | "errorRate" | "runTime";

const TEXT: Record<TSparkMetric, (p: TDashboardPoint) => string> = {
  perMinute: (p) => `${p.requests} requests · ${p.perMinute.toFixed(p.perMinute < 10 ? 2 : 0)}/min`,
  errorRate: (p) => `${p.errors} errors · ${(p.errorRate * 100).toFixed(1)} %`,
  runTime: (p) =>
    `p50 ${p.p50 === null ? "—" : formatDuration(p.p50)} · p95 ${p.p95 === null ? "—" : formatDuration(p.p95)}`,
};

function Tip({
  active,
  payload,
  metric,
}: {
  active?: boolean;
  payload?: { payload: TDashboardPoint }[];
  metric: TSparkMetric;
}) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="rounded-md border border-zinc-200 bg-white px-2 py-1 text-[11.5px] text-zinc-700 shadow-sm dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200">
      <div className="tabular-nums text-zinc-500 dark:text-zinc-400">{formatTime(point.at)}</div>
      <div className="tabular-nums">{TEXT[metric](point)}</div>
    </div>
  );
}

/**
 * A small chart of one figure over the range (recharts). Colours come from the wrapper's text colour
 * (`currentColor`), so Tailwind's light and dark classes style the SVG.
 */
export function Spark({
  points,
  metric,
  height = 40,
  label,
}: {
  points: TDashboardPoint[];
  metric: TSparkMetric;
  height?: number;
  label: string;
}) {
  const tooltip = <Tooltip content={<Tip metric={metric} />} cursor={{ stroke: "currentColor", strokeOpacity: 0.3 }} />;
  // A line needs two points: a range with runs in one bucket only shows them as dots.
  const dot = points.filter((p) => p.p95 !== null).length === 1 ? { r: 2, fill: "currentColor" } : false;
  return (
    <div
      role="img"
      aria-label={label}
      style={{ height }}
      className={
        metric === "errorRate"
          ? "text-red-500 dark:text-red-400"
          : metric === "runTime"
            ? "text-amber-500 dark:text-amber-400"
            : "text-indigo-500 dark:text-indigo-400"
      }
    >
      <ResponsiveContainer width="100%" height="100%" minWidth={60}>
        {metric === "runTime" ? (
          <LineChart data={points} margin={{ top: 2, right: 2, bottom: 2, left: 2 }}>
            <YAxis hide domain={[0, "auto"]} />
            {tooltip}
            <Line
              dataKey="p95"
              stroke="currentColor"
              strokeWidth={1.5}
              dot={dot}
              isAnimationActive={false}
              connectNulls
            />
            <Line
              dataKey="p50"
              stroke="currentColor"
              strokeOpacity={0.45}
              strokeWidth={1.5}
              dot={dot}
              isAnimationActive={false}
              connectNulls
            />
          </LineChart>
        ) : (
          <AreaChart data={points} margin={{ top: 2, right: 2, bottom: 2, left: 2 }}>
            <YAxis hide domain={metric === "errorRate" ? [0, 1] : [0, "auto"]} />
            {tooltip}
            <Area
              dataKey={metric}
              stroke="currentColor"
              fill="currentColor"
              fillOpacity={0.15}
              strokeWidth={1.5}
              isAnimationActive={false}
              type="monotone"
            />
          </AreaChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
