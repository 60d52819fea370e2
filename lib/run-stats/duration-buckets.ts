/**
 * Run-time histogram buckets of the dashboard's rollup (table run_stats, columns h00…h24): bucket i counts the runs
 * that took more than BOUNDS[i - 1] and at most BOUNDS[i] ms; the last bucket has no upper bound. Roughly 1.5× apart,
 * so a percentile read back from the buckets is within a bucket's width of the true one: the price of figures that
 * stay fast on any number of history rows.
 */
export const DURATION_BOUNDS_MS = [
  0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 2000, 5000, 10_000, 30_000, 60_000,
] as const;

export const BUCKET_COUNT = DURATION_BOUNDS_MS.length + 1;

/** The column names, h00 to h24, in bucket order. */
export const BUCKET_COLUMNS = Array.from({ length: BUCKET_COUNT }, (_, i) => `h${String(i).padStart(2, "0")}`);

export function bucketOf(durationMs: number): number {
  const i = DURATION_BOUNDS_MS.findIndex((bound) => durationMs <= bound);
  return i === -1 ? BUCKET_COUNT - 1 : i;
}

/**
 * The p-th percentile (0 < p ≤ 100, nearest rank) of the runs a histogram counts: found in its bucket, then placed
 * linearly between the bucket's bounds by its rank within the bucket, never above the longest run seen. Null
 * without runs.
 */
export function percentileOf(histogram: readonly number[], p: number, maxMs: number): number | null {
  const total = histogram.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    const n = histogram[i]!;
    if (seen + n >= rank) {
      const lower = i === 0 ? 0 : DURATION_BOUNDS_MS[i - 1]!;
      const upper = DURATION_BOUNDS_MS[i] ?? maxMs;
      const estimate = lower + ((upper - lower) * (rank - seen)) / n;
      return Math.min(estimate, maxMs);
    }
    seen += n;
  }
  return maxMs;
}
