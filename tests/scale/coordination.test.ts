import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { takeLease } from "@/lib/coordination/scheduler-lease";
import { pgCounter, redisCounter, type TSharedCounter } from "@/lib/coordination/shared-counter";
import { authRateLimitStorage } from "@/lib/coordination/auth-rate-limit";
import { RateLimiter } from "@/lib/runtime/rate-limiter";
import { describeEachProvider } from "../support/providers";
import { useMigratedDatabase } from "../support/migrated-db";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

function redisAnswers(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1000, () => (socket.destroy(), resolve(false)));
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** 30 requests sent at once through two "instances" (two counters, two connections) under a limit of 10. */
async function admittedThroughTwo(a: TSharedCounter, b: TSharedCounter, key: string): Promise<number> {
  const limiters = [new RateLimiter(a), new RateLimiter(b)];
  const now = Date.now();
  const waits = await Promise.all(Array.from({ length: 30 }, (_, i) => limiters[i % 2]!.take(key, 10, 60, now)));
  return waits.filter((w) => w === 0).length;
}

describeEachProvider("coordination across instances on one database", (provider) => {
  let url = "";
  beforeAll(async () => {
    url = await useMigratedDatabase(provider);
  });
  afterAll(async () => {
    await getDb().$disconnect();
  });

  it("a scheduler lease is held by one instance at a time, renewed by its holder, taken over once it runs out", async () => {
    const now = Date.now();
    const ttlMs = 20_000;
    expect(await takeLease({ name: "sweep", holder: "a", ttlMs, now })).toBe(true);
    expect(await takeLease({ name: "sweep", holder: "b", ttlMs, now: now + 1_000 })).toBe(false);
    expect(await takeLease({ name: "sweep", holder: "a", ttlMs, now: now + 10_000 })).toBe(true);
    // Renewed at +10 s: still a's at +25 s; b gets it once the renewal has run out.
    expect(await takeLease({ name: "sweep", holder: "b", ttlMs, now: now + 25_000 })).toBe(false);
    expect(await takeLease({ name: "sweep", holder: "b", ttlMs, now: now + 30_000 })).toBe(true);
    expect(await takeLease({ name: "sweep", holder: "a", ttlMs, now: now + 31_000 })).toBe(false);
    // Many instances racing for a free lease: exactly one wins.
    const racers = await Promise.all(
      ["c", "d", "e", "f"].map((holder) => takeLease({ name: "race", holder, ttlMs, now: now + 40_000 })),
    );
    expect(racers.filter(Boolean)).toHaveLength(1);
  });

  it.skipIf(provider !== "postgres")(
    "an endpoint's rate limit counted in PostgreSQL holds across two instances",
    async () => {
      const [a, b] = [pgCounter(url), pgCounter(url)];
      try {
        expect(await admittedThroughTwo(a, b, "ep_pg")).toBe(10);
        // Another endpoint has its own window.
        expect(await admittedThroughTwo(a, b, "ep_pg_other")).toBe(10);
        // Sign-ins: better-auth's storage over the same counter refuses the 6th of a 5-per-minute rule, also when
        // the attempts straddle a window's edge (a sliding window; a fixed one would let ten through).
        const storage = authRateLimitStorage(a);
        const rule = { window: 60, max: 5 };
        const edge = Math.ceil(Date.now() / 60_000) * 60_000 + 60_000;
        const answers = [];
        for (const at of [-3_000, -2_000, -1_000, 1_000, 2_000, 3_000, 4_000])
          answers.push(await storage.consume("127.0.0.9|/sign-in/email", rule, edge + at));
        expect(answers.map((x) => x.allowed)).toEqual([true, true, true, true, true, false, false]);
        expect(answers[5]!.retryAfter).toBe(57);
        // Once the previous window has slid away, sign-ins are allowed again.
        expect(await storage.consume("127.0.0.9|/sign-in/email", rule, edge + 119_000)).toMatchObject({
          allowed: true,
        });
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    },
  );
});

const hasRedis = await redisAnswers();
if (!hasRedis) console.warn(`\n!!! No Redis at ${REDIS_URL}: the Redis rate-limit test DID NOT RUN !!!\n`);

it.skipIf(!hasRedis)("an endpoint's rate limit counted in Redis holds across two instances", async () => {
  const [a, b] = [redisCounter(REDIS_URL), redisCounter(REDIS_URL)];
  try {
    const key = `ep_redis_${process.pid}_${Date.now()}`;
    expect(await admittedThroughTwo(a, b, key)).toBe(10);
    const hit = await a.hit("ttl-check", 1_000);
    expect(hit.count).toBeGreaterThan(0);
    expect(hit.resetAt - Date.now()).toBeLessThanOrEqual(1_000);
    // The window before stays readable for a sliding estimate.
    const edge = Math.ceil(Date.now() / 60_000) * 60_000;
    for (let i = 0; i < 3; i++) await a.hit(key, 60_000, edge - 1_000);
    expect(await b.hit(key, 60_000, edge + 1_000)).toEqual({ count: 1, previous: 3, resetAt: edge + 60_000 });
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});
