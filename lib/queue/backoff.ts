/** Delay before attempt `attempt + 1`: base · 2^(attempt−1), ±20 % jitter so retries of a burst spread out, capped at 1 h. */
export function retryDelayMs(attempt: number, baseMs: number, random = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 3_600_000);
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
