import { describe, expect, it } from "vitest";
import { BUCKET_COLUMNS, BUCKET_COUNT, bucketOf, percentileOf } from "./duration-buckets";

const histogramOf = (durations: number[]) => {
  const h = new Array<number>(BUCKET_COUNT).fill(0);
  for (const d of durations) h[bucketOf(d)]!++;
  return h;
};

describe("run-time buckets", () => {
  it("puts a run in the first bucket whose bound it does not exceed, and the slowest past every bound", () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(0.5)).toBe(0);
    expect(bucketOf(0.51)).toBe(1);
    expect(bucketOf(4)).toBe(4);
    expect(bucketOf(60_000)).toBe(BUCKET_COUNT - 2);
    expect(bucketOf(61_000)).toBe(BUCKET_COUNT - 1);
    expect(BUCKET_COLUMNS[0]).toBe("h00");
    expect(BUCKET_COLUMNS.at(-1)).toBe("h24");
  });

  it("reads percentiles back within a bucket of the true value, never above the slowest run", () => {
    const durations = Array.from({ length: 1000 }, (_, i) => 1 + (i % 100) * 2); // 1 … 199 ms, evenly
    const h = histogramOf(durations);
    const p50 = percentileOf(h, 50, 199)!;
    const p95 = percentileOf(h, 95, 199)!;
    expect(p50).toBeGreaterThan(75); // true p50 is 99
    expect(p50).toBeLessThanOrEqual(150);
    expect(p95).toBeGreaterThan(150); // true p95 is 189
    expect(p95).toBeLessThanOrEqual(199);
    expect(percentileOf(histogramOf([12]), 50, 12)).toBe(12);
    expect(percentileOf(histogramOf([90_000]), 95, 90_000)).toBe(90_000);
  });

  it("has no percentile without runs", () => {
    expect(percentileOf(new Array(BUCKET_COUNT).fill(0), 50, 0)).toBeNull();
  });
});
