import type { TSharedCounter } from "./shared-counter";

/** better-auth's rate-limit storage contract (rateLimit.customStorage), the part we implement. */
export type TAuthRateLimitStorage = {
  consume(
    key: string,
    rule: { window: number; max: number },
    now?: number,
  ): Promise<{ allowed: boolean; retryAfter: number | null }>;
};

/**
 * better-auth's sign-in limiter counted in the shared counter, so repeated bad sign-ins answer 429 whichever
 * instance they reach (its own memory store counts per process). A sliding window (the current window's hits plus
 * the previous window's, weighted by how much of it still overlaps): a fixed window would let twice the limit
 * through around each window's edge, and a brute-force limit must not.
 */
export function authRateLimitStorage(counter: TSharedCounter): TAuthRateLimitStorage {
  return {
    async consume(key, rule, now = Date.now()) {
      const windowMs = rule.window * 1000;
      const { count, previous, resetAt } = await counter.hit(`auth:${key}`, windowMs, now);
      const overlap = (resetAt - now) / windowMs;
      if (count + previous * overlap <= rule.max) return { allowed: true, retryAfter: null };
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
    },
  };
}
