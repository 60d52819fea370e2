import type { DbProvider } from "@/lib/db/database-url";

/** What the dashboard groups a time range's finished runs by: per endpoint or overall, per bucket or in total. */
export type TStatsGrouping = { byEndpoint: boolean; byBucket: boolean };

export type TStatsParams = { workspaceId: string; from: number; to: number; stepMs: number };

/** One group's figures as the database returns them (counts may come back as bigint). */
export type TStatsRow = {
  endpoint_id?: string;
  bucket?: number | bigint;
  requests: number | bigint;
  errors: number | bigint | null;
  p50: number | null;
  p95: number | null;
};

/**
 * A run counts as an error when the caller got a 4xx or 5xx or the run failed: either way the provider saw a failed
 * delivery (a refused signature is a 401 the sender will retry).
 */
export const ERROR_CONDITION = "(status >= 400 OR state = 'failed')";

/** Runs still waiting in the background queue have no run time yet: the figures count finished runs only. */
export const FINISHED_CONDITION = "state IN ('succeeded', 'failed')";

/**
 * Counts, errors and nearest-rank p50/p95 run times of one grouping, in one statement both databases run as is
 * (SQLite has no percentile aggregate: a window numbers each group's runs by run time and the first row at or past
 * 50 % / 95 % of the group's count is the percentile). The WHERE clause is a range of the (workspace_id,
 * received_at, endpoint_id, status, duration_ms, state) index, so the rows are read from the index alone.
 */
export function statsSql(dialect: DbProvider, grouping: TStatsGrouping, p: TStatsParams) {
  // Times are integers computed on the server (never the caller's text), written in as literals so that one
  // placeholder remains and both databases number it alike.
  const [from, to, step] = [p.from, p.to, p.stepMs].map((n) => String(Math.trunc(n)));
  const keys = [...(grouping.byEndpoint ? ["endpoint_id"] : []), ...(grouping.byBucket ? ["bucket"] : [])];
  const partition = keys.length ? `PARTITION BY ${keys.join(", ")} ` : "";
  // Integer division on both databases: the row's offset into the range, in steps.
  const bucket = `CAST((received_at - ${from}) / ${step} AS BIGINT) AS bucket`;
  const sql = `SELECT ${keys.map((k) => `${k}, `).join("")}COUNT(*) AS requests, SUM(err) AS errors,
  MIN(CASE WHEN rn * 100 >= n * 50 THEN d END) AS p50,
  MIN(CASE WHEN rn * 100 >= n * 95 THEN d END) AS p95
FROM (
  SELECT ${keys.map((k) => `${k}, `).join("")}d, err,
    ROW_NUMBER() OVER (${partition}ORDER BY d) AS rn,
    COUNT(*) OVER (${partition.trim()}) AS n
  FROM (
    SELECT endpoint_id, ${bucket}, duration_ms AS d, CASE WHEN ${ERROR_CONDITION} THEN 1 ELSE 0 END AS err
    FROM request_logs
    WHERE workspace_id = ${dialect === "sqlite" ? "?" : "$1"} AND received_at >= ${from} AND received_at < ${to}
      AND ${FINISHED_CONDITION}
  ) runs
) ranked
${keys.length ? `GROUP BY ${keys.join(", ")}` : ""}`;
  return { sql, params: [p.workspaceId] };
}
