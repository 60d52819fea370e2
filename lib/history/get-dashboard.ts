import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { statsSql, type TStatsGrouping, type TStatsRow } from "./dashboard-sql";

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
  /** Run time in ms (nearest rank); null without finished runs. */
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

const isError = (r: { status: number | null; state: string }) => r.state === "failed" || (r.status ?? 0) >= 400;

function stats(row: TStatsRow | undefined, minutes: number): TDashboardStats {
  const requests = Number(row?.requests ?? 0);
  const errors = Number(row?.errors ?? 0);
  return {
    requests,
    errors,
    errorRate: requests ? errors / requests : 0,
    perMinute: requests / minutes,
    p50: row?.p50 ?? null,
    p95: row?.p95 ?? null,
  };
}

/**
 * The dashboard's figures for a workspace over the last hour, day or week: per endpoint and overall, requests per
 * minute, error rate and p50/p95 run time per bucket and in total, computed by the database (lib/history/dashboard-sql.ts);
 * the endpoints whose newest run failed first; the newest failures.
 */
export async function getDashboard({ workspaceId, range = "hour", now = Date.now() }: GetDashboardOptions) {
  const db = getDb();
  const { spanMs, stepMs } = DASHBOARD_RANGES[range];
  // Buckets start on whole steps, so the same minute is the same bucket on every refresh.
  const to = Math.ceil((now + 1) / stepMs) * stepMs;
  const from = to - spanMs;
  const dialect = providerOf(databaseUrl());
  const query = (grouping: TStatsGrouping) => {
    const { sql, params } = statsSql(dialect, grouping, { workspaceId, from, to, stepMs });
    return db.$queryRawUnsafe<TStatsRow[]>(sql, ...params);
  };
  const [endpoints, perEndpointSeries, overallSeries, perEndpoint, overall] = await Promise.all([
    db.endpoint.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    query({ byEndpoint: true, byBucket: true }),
    query({ byEndpoint: false, byBucket: true }),
    query({ byEndpoint: true, byBucket: false }),
    query({ byEndpoint: false, byBucket: false }),
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
    db.requestLog.findMany({
      where: { workspaceId, OR: [{ status: { gte: 400 } }, { state: "failed" }] },
      orderBy: { receivedAt: "desc" },
      take: 10,
      select: { id: true, endpointId: true, receivedAt: true, status: true, state: true, error: true },
    }),
  ]);

  const stepMinutes = stepMs / 60_000;
  const buckets = spanMs / stepMs;
  const series = (rows: TStatsRow[]) => {
    const byBucket = new Map(rows.map((r) => [Number(r.bucket), r]));
    return Array.from({ length: buckets }, (_, i) => ({
      at: new Date(from + i * stepMs).toISOString(),
      ...stats(byBucket.get(i), stepMinutes),
    }));
  };
  const names = new Map(endpoints.map((e) => [e.id, e.name]));
  const dashboard: TDashboard = {
    range,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    stepMs,
    overall: { ...stats(overall[0], spanMs / 60_000), series: series(overallSeries) },
    endpoints: endpoints
      .map((e, i) => {
        const last = lastRuns[i];
        return {
          id: e.id,
          name: e.name,
          isFailingNow: last ? isError(last) : false,
          last: last ? { status: last.status, at: new Date(Number(last.receivedAt)).toISOString() } : null,
          ...stats(
            perEndpoint.find((r) => r.endpoint_id === e.id),
            spanMs / 60_000,
          ),
          series: series(perEndpointSeries.filter((r) => r.endpoint_id === e.id)),
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
