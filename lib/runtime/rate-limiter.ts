import type { TSharedCounter } from "@/lib/coordination/shared-counter";
import { logError } from "@/lib/log";

/**
 * Fixed-window request counting per endpoint. With a shared counter (PostgreSQL or Redis) every instance counts
 * into the same window, so the limit holds across instances; without one (SQLite, one process) it counts in
 * memory and answers synchronously, adding nothing to the hot path.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly shared?: TSharedCounter) {}

  /** Counts one request; returns the seconds to wait when it is over the limit, else 0. */
  take(key: string, limit: number, windowSeconds: number, now = Date.now()): number | Promise<number> {
    const windowMs = windowSeconds * 1000;
    if (this.shared) {
      return this.shared
        .hit(`endpoint:${key}`, windowMs, now)
        .then(({ count, resetAt }) => (count > limit ? Math.max(1, Math.ceil((resetAt - now) / 1000)) : 0))
        .catch((err) => {
          // A limit is a guard, not the service: when its store is down, requests are let through (and logged).
          logError("shared rate-limit counter failed; request let through", err);
          return 0;
        });
    }
    const start = now - (now % windowMs);
    let w = this.windows.get(key);
    if (!w || w.start !== start) {
      w = { start, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 10_000) this.prune(start);
    }
    w.count += 1;
    return w.count > limit ? Math.max(1, Math.ceil((start + windowMs - now) / 1000)) : 0;
  }

  private prune(currentStart: number) {
    for (const [k, w] of this.windows) if (w.start < currentStart) this.windows.delete(k);
  }
}
