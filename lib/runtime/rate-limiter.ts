/**
 * Fixed-window request counting per endpoint, in this process. With several server processes each enforces the
 * limit on its own share of traffic (documented in docs/security.md).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  /** Counts one request; returns the seconds to wait when it is over the limit, else 0. */
  take(key: string, limit: number, windowSeconds: number, now = Date.now()): number {
    const windowMs = windowSeconds * 1000;
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
