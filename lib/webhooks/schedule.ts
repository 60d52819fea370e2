/** Longest wait a receiver's Retry-After may ask for. */
const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/** Seconds (`120`) or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}

/**
 * When the next attempt is due after `attemptsMade` attempts, or null when the schedule is used up. Each delay
 * gets ±20 % jitter so the retries of a burst spread out; a receiver's Retry-After pushes it later, never earlier.
 */
export function nextAttemptAt(o: {
  schedule: readonly number[];
  attemptsMade: number;
  now: number;
  retryAfterMs?: number;
  random?: () => number;
}): number | null {
  const seconds = o.schedule[o.attemptsMade];
  if (seconds === undefined) return null;
  const random = o.random ?? Math.random;
  const delay = Math.round(seconds * 1000 * (0.8 + 0.4 * random()));
  return o.now + Math.max(delay, o.retryAfterMs ?? 0);
}
