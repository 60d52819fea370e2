import type { TSharedCounter } from "./shared-counter";

/** better-auth's rate-limit storage contract (rateLimit.customStorage), the part we implement. */
export type TAuthRateLimitStorage = {
  consume(key: string, rule: { window: number; max: number }): Promise<{ allowed: boolean; retryAfter: number | null }>;
};

/**
 * better-auth's sign-in limiter counted in the shared counter, so repeated bad sign-ins answer 429 whichever
 * instance they reach (its own memory store counts per process). Fixed windows, like the endpoint limits.
 */
export function authRateLimitStorage(counter: TSharedCounter): TAuthRateLimitStorage {
  return {
    async consume(key, rule) {
      const now = Date.now();
      const { count, resetAt } = await counter.hit(`auth:${key}`, rule.window * 1000, now);
      if (count <= rule.max) return { allowed: true, retryAfter: null };
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
    },
  };
}
