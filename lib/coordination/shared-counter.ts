import pg from "pg";
import { Redis } from "ioredis";
import { providerOf } from "@/lib/db/database-url";
import { logError } from "@/lib/log";

/**
 * One hit counted: the hits in the key's current window so far, the hits of the window before it (for a sliding
 * estimate), and when the current window ends (ms).
 */
export type TCounterHit = { count: number; previous: number; resetAt: number };

/**
 * Fixed-window hit counts that every instance on one database (or one Redis) shares, so a limit of N per window
 * holds across all of them, not N per instance.
 */
export type TSharedCounter = {
  readonly kind: "postgres" | "redis";
  /** Adds one hit to `key`'s current window of `windowMs` (windows start at multiples of `windowMs`). */
  hit(key: string, windowMs: number, now?: number): Promise<TCounterHit>;
  close(): Promise<void>;
};

const PRUNE_EVERY_MS = 60_000;

function windowOf(windowMs: number, now: number) {
  const start = now - (now % windowMs);
  return { start, resetAt: start + windowMs };
}

/** PostgreSQL: one row per key and window, counted by one atomic UPSERT … RETURNING (one round trip). */
export function pgCounter(url: string): TSharedCounter {
  // A pool of its own: small, and apart from the run store's, so a limited endpoint never waits behind runs.
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("error", (err) => void logError("rate-limit pool connection failed", err));
  let prunedAt = 0;
  return {
    kind: "postgres",
    async hit(key, windowMs, now = Date.now()) {
      const { start, resetAt } = windowOf(windowMs, now);
      // A window's row outlives it by one window, to be the next one's `previous`.
      const { rows } = await pool.query<{ count: number; previous: number }>({
        name: "hs_counter_hit_sliding",
        text: `WITH hit AS (
                 INSERT INTO rate_limit_counters (key, count, expires_at) VALUES ($1, 1, $2)
                 ON CONFLICT (key) DO UPDATE SET count = rate_limit_counters.count + 1 RETURNING count)
               SELECT hit.count, COALESCE((SELECT count FROM rate_limit_counters WHERE key = $3), 0) AS previous
               FROM hit`,
        values: [`${key}:${start}`, resetAt + windowMs, `${key}:${start - windowMs}`],
      });
      if (now - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = now;
        pool
          .query(`DELETE FROM rate_limit_counters WHERE expires_at < $1`, [now])
          .catch((err) => void logError("pruning rate-limit counters failed", err));
      }
      return { count: rows[0]!.count, previous: rows[0]!.previous, resetAt };
    },
    close: () => pool.end(),
  };
}

/** Redis: INCR and PEXPIREAT (the window's end) in one MULTI, so a key never outlives its window. */
export function redisCounter(url: string): TSharedCounter {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, enableAutoPipelining: true });
  redis.on("error", (err) => void logError("redis connection failed", err));
  return {
    kind: "redis",
    async hit(key, windowMs, now = Date.now()) {
      const { start, resetAt } = windowOf(windowMs, now);
      const name = `hookstack:rl:${key}:${start}`;
      const previousName = `hookstack:rl:${key}:${start - windowMs}`;
      // Kept one window past its end, to be the next window's `previous`.
      const replies = await redis
        .multi()
        .incr(name)
        .pexpireat(name, resetAt + windowMs)
        .get(previousName)
        .exec();
      const [err, count] = replies?.[0] ?? [new Error("redis MULTI was discarded"), 0];
      if (err) throw err;
      return { count: Number(count), previous: Number(replies?.[2]?.[1] ?? 0), resetAt };
    },
    close: async () => void (await redis.quit()),
  };
}

const KEY = Symbol.for("hookstack.sharedCounter");
type Holder = { [KEY]?: TSharedCounter | null };

/**
 * The process's shared counter: Redis when HOOKSTACK_REDIS_URL is set, else the PostgreSQL database; none on SQLite,
 * which one process serves, so its limits stay in memory (no round trip on the hot path).
 */
export function sharedCounter(o: { databaseUrl: string; redisUrl?: string }): TSharedCounter | undefined {
  const holder = globalThis as Holder;
  if (holder[KEY] === undefined) {
    holder[KEY] = o.redisUrl
      ? redisCounter(o.redisUrl)
      : providerOf(o.databaseUrl) === "postgres"
        ? pgCounter(o.databaseUrl)
        : null;
  }
  return holder[KEY] ?? undefined;
}

export async function closeSharedCounter(): Promise<void> {
  const holder = globalThis as Holder;
  const counter = holder[KEY];
  delete holder[KEY];
  await counter?.close();
}
