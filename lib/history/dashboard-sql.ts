import type { DbProvider } from "@/lib/db/database-url";
import { BUCKET_COLUMNS } from "@/lib/run-stats/duration-buckets";
import { STAT_STEPS_MS } from "@/lib/run-stats/run-stats-buffer";

export type TStatsParams = { workspaceId: string; from: number; to: number; stepMs: number };

/** One endpoint's figures in one chart bucket as the database returns them (sums may come back as bigint or text). */
export type TStatsRow = {
  endpoint_id: string;
  bucket: number | bigint;
  requests: number | bigint;
  errors: number | bigint;
  duration_max: number;
} & { [column: string]: unknown };

/** The coarsest rollup step that divides the chart's step: hours for the week, minutes for the hour and the day. */
export function rollupStepOf(chartStepMs: number): number {
  return [...STAT_STEPS_MS].reverse().find((step) => chartStepMs % step === 0) ?? STAT_STEPS_MS[0];
}

/**
 * The rollup (table run_stats, written by lib/run-stats/) summed per endpoint and chart bucket over a time range:
 * a range of the table's primary key (workspace, step, start), at most one row per endpoint and minute or hour,
 * however many requests the history holds. Endpoints deleted since are left out.
 */
export function statsSql(dialect: DbProvider, p: TStatsParams) {
  // Times are integers computed on the server (never the caller's text), written in as literals so that one
  // placeholder remains and both databases number it alike.
  const [from, to, step, rollupStep] = [p.from, p.to, p.stepMs, rollupStepOf(p.stepMs)].map((n) =>
    String(Math.trunc(n)),
  );
  const ws = dialect === "sqlite" ? "?" : "$1";
  const sql = `SELECT endpoint_id, CAST((start_at - ${from}) / ${step} AS BIGINT) AS bucket,
  SUM(requests) AS requests, SUM(errors) AS errors, MAX(duration_max) AS duration_max,
  ${BUCKET_COLUMNS.map((c) => `SUM(${c}) AS ${c}`).join(", ")}
FROM run_stats
WHERE workspace_id = ${ws} AND step_ms = ${rollupStep} AND start_at >= ${from} AND start_at < ${to}
  AND endpoint_id IN (SELECT id FROM endpoints WHERE workspace_id = ${ws})
GROUP BY endpoint_id, CAST((start_at - ${from}) / ${step} AS BIGINT)`;
  return { sql, params: dialect === "sqlite" ? [p.workspaceId, p.workspaceId] : [p.workspaceId] };
}
