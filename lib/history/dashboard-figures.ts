import { BUCKET_COLUMNS, BUCKET_COUNT, percentileOf } from "@/lib/run-stats/duration-buckets";
import type { TStatsRow } from "./dashboard-sql";

/** Finished runs, errors among them, the longest run and the run-time histogram: figures that add up. */
export type TFigures = { requests: number; errors: number; durationMax: number; histogram: number[] };

export const emptyFigures = (): TFigures => ({
  requests: 0,
  errors: 0,
  durationMax: 0,
  histogram: new Array<number>(BUCKET_COUNT).fill(0),
});

export function figuresOf(row: TStatsRow): TFigures {
  return {
    requests: Number(row.requests),
    errors: Number(row.errors),
    durationMax: Number(row.duration_max),
    histogram: BUCKET_COLUMNS.map((c) => Number(row[c] ?? 0)),
  };
}

/** Adds `more` into `into` (returned). */
export function addFigures(into: TFigures, more: TFigures): TFigures {
  into.requests += more.requests;
  into.errors += more.errors;
  into.durationMax = Math.max(into.durationMax, more.durationMax);
  more.histogram.forEach((n, i) => (into.histogram[i]! += n));
  return into;
}

/** The figures as the dashboard shows them over `minutes`: rates, and p50/p95 run times read from the histogram. */
export function statsOf(f: TFigures, minutes: number) {
  return {
    requests: f.requests,
    errors: f.errors,
    errorRate: f.requests ? f.errors / f.requests : 0,
    perMinute: f.requests / minutes,
    p50: percentileOf(f.histogram, 50, f.durationMax),
    p95: percentileOf(f.histogram, 95, f.durationMax),
  };
}
