import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { isErrorRun } from "@/lib/run-stats/run-stats-buffer";
import { statsSql, type TStatsRow } from "./dashboard-sql";
import { addFigures, emptyFigures, figuresOf, statsOf, type TFigures } from "./dashboard-figures";

/** Each range is cut into buckets small enough to chart and few enough to draw: 60, 96 and 168 points. */
export const DASHBOARD_RANGES = {
  hour: { spanMs: 3_600_000, stepMs: 60_000 },
  day: { spanMs: 86_400_000, stepMs: 900_000 },
  week: { spanMs: 604_800_000, stepMs: 3_600_000 },
} as const;

export const ZDashboardQuery = z.object({ range: z.enum(["hour", "day", "week"]).default("hour") });
export type TDashboardRange = z.infer<typeof ZDashboardQuery>["range"];

const ZStats = z.object({
  requests: z.number(),
  errors: z.number(),
  /** errors / requests, 0 without requests. */
  errorRate: z.number(),
  perMinute: z.number(),
  /** Run time in ms, read from the rollup's run-time histogram (within a bucket of the exact figure); null without finished runs. */
  p50: z.number().nullable(),
  p95: z.number().nullable(),
});
const ZPoint = ZStats.extend({ at: z.string() });
export const ZDashboard = z.object({
  range: z.enum(["hour", "day", "week"]),
  from: z.string(),
  to: z.string(),
  stepMs: z.number(),
  overall: ZStats.extend({ series: z.array(ZPoint) }),
  endpoints: z.array(
    ZStats.extend({
      id: z.string(),
      name: z.string(),
      /** The endpoint's newest finished run was an error. */
      isFailingNow: z.boolean(),
      last: z.object({ status: z.number().nullable(), at: z.string() }).nullable(),
      series: z.array(ZPoint),
    }),
  ),
  /** The newest failed requests, newest first. */
  failures: z.array(
    z.object({
      id: z.string(),
      endpointId: z.string(),
      endpointName: z.string(),
      receivedAt: z.string(),
      status: z.number().nullable(),
      state: z.string(),
      error: z.string().nullable(),
    }),
  ),
});
export type TDashboard = z.infer<typeof ZDashboard>;
export type TDashboardStats = z.infer<typeof ZStats>;
export type TDashboardPoint = z.infer<typeof ZPoint>;

export type GetDashboardOptions = { workspaceId: string; range?: TDashboardRange; now?: number };

/** The stored error is `{ message, ... }` as JSON; older rows may hold the bare text. */
function errorMessage(stored: string | null): string | null {
  if (stored === null) return null;
  try {
    return (JSON.parse(stored) as { message?: string }).message ?? stored;
  } catch {
    return stored;
  }
}

/**
 * The dashboard's figures for a workspace over the last hour, day or week: per endpoint and overall, requests per
 * minute, error rate and p50/p95 run time per bucket and in total, summed by the database from the rollup the run
 * store writes as runs finish (lib/run-stats/, lib/history/dashboard-sql.ts); the endpoints whose newest run failed
 * first; the newest failures.
 */
export async function getDashboard({ workspaceId, range = "hour", now = Date.now() }: GetDashboardOptions) {
  const db = getDb();
  const { spanMs, stepMs } = DASHBOARD_RANGES[range];
  // Buckets start on whole steps, so the same minute is the same bucket on every refresh.
  const to = Math.ceil((now + 1) / stepMs) * stepMs;
  const from = to - spanMs;
  const { sql, params } = statsSql(providerOf(databaseUrl()), { workspaceId, from, to, stepMs });
  const [endpoints, rows] = await Promise.all([
    db.endpoint.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.$queryRawUnsafe<TStatsRow[]>(sql, ...params),
  ]);
  const [lastRuns, failures] = await Promise.all([
    // One seek per endpoint down its (endpoint_id, received_at) index.
    Promise.all(
      endpoints.map((e) =>
        db.requestLog.findFirst({
          where: { endpointId: e.id, state: { in: ["succeeded", "failed"] } },
          orderBy: { receivedAt: "desc" },
          select: { status: true, state: true, receivedAt: true },
        }),
      ),
    ),
    newestFailures(
      workspaceId,
      endpoints.map((e) => e.id),
    ),
  ]);

  const buckets = spanMs / stepMs;
  const overall = emptyFigures();
  const overallSeries = Array.from({ length: buckets }, emptyFigures);
  const perEndpoint = new Map(
    endpoints.map((e) => [e.id, { total: emptyFigures(), series: new Map<number, TFigures>() }]),
  );
  for (const row of rows) {
    const figures = figuresOf(row);
    const bucket = Number(row.bucket);
    const endpoint = perEndpoint.get(row.endpoint_id);
    if (!endpoint || bucket < 0 || bucket >= buckets) continue;
    addFigures(overall, figures);
    addFigures(overallSeries[bucket]!, figures);
    addFigures(endpoint.total, figures);
    endpoint.series.set(bucket, addFigures(endpoint.series.get(bucket) ?? emptyFigures(), figures));
  }
  const stepMinutes = stepMs / 60_000;
  const point = (f: TFigures | undefined, i: number) => ({
    at: new Date(from + i * stepMs).toISOString(),
    ...statsOf(f ?? emptyFigures(), stepMinutes),
  });
  const names = new Map(endpoints.map((e) => [e.id, e.name]));
  const dashboard: TDashboard = {
    range,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    stepMs,
    overall: { ...statsOf(overall, spanMs / 60_000), series: overallSeries.map(point) },
    endpoints: endpoints
      .map((e, i) => {
        const last = lastRuns[i];
        const figures = perEndpoint.get(e.id)!;
        return {
          id: e.id,
          name: e.name,
          isFailingNow: last ? isErrorRun(last) : false,
          last: last ? { status: last.status, at: new Date(Number(last.receivedAt)).toISOString() } : null,
          ...statsOf(figures.total, spanMs / 60_000),
          series: Array.from({ length: buckets }, (_, b) => point(figures.series.get(b), b)),
        };
      })
      // Failing now first, then the most errors, then the busiest.
      .sort(
        (a, b) => Number(b.isFailingNow) - Number(a.isFailingNow) || b.errors - a.errors || b.requests - a.requests,
      ),
    failures: failures.map((f) => ({
      id: f.id,
      endpointId: f.endpointId,
      endpointName: names.get(f.endpointId) ?? f.endpointId,
      receivedAt: new Date(Number(f.receivedAt)).toISOString(),
      status: f.status,
      state: f.state,
      error: errorMessage(f.error),
    })),
  };
  return dashboard;
}

/**
 * The newest failed requests of these endpoints: found in request_failures (written with the rollup, a few rows
 * where the history holds millions), read from the history.
 */
async function newestFailures(workspaceId: string, endpointIds: string[]) {
  const db = getDb();
  const newest = await db.requestFailure.findMany({
    where: { workspaceId, endpointId: { in: endpointIds } },
    orderBy: { receivedAt: "desc" },
    take: 10,
    select: { id: true },
  });
  return db.requestLog.findMany({
    where: { id: { in: newest.map((f) => f.id) } },
    orderBy: { receivedAt: "desc" },
    select: { id: true, endpointId: true, receivedAt: true, status: true, state: true, error: true },
  });
}
