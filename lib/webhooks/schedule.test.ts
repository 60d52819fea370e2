import { describe, expect, it } from "vitest";
import { attemptOutcome, DISABLE_AFTER_MS } from "./delivery/outcome";
import type { TAttemptResult } from "./delivery/send-attempt";
import { matchesEvent } from "./event-match";
import { nextAttemptAt, parseRetryAfter } from "./schedule";
import { DEFAULT_RETRY_SCHEDULE } from "./schemas";

const answer = (code: number | null, headers: Record<string, string> = {}): TAttemptResult => ({
  attemptedAt: 0,
  durationMs: 1,
  responseCode: code,
  responseHeaders: headers,
  responseBody: "",
  requestHeaders: {},
  error: code === null ? "refused" : null,
});

describe("retry schedule", () => {
  it("follows 0 / 1 min / 5 min / 30 min / 1 h / 6 h, then gives up", () => {
    const now = 1_000_000;
    const due = [1, 2, 3, 4, 5].map(
      (made) => nextAttemptAt({ schedule: DEFAULT_RETRY_SCHEDULE, attemptsMade: made, now, random: () => 0.5 })! - now,
    );
    expect(due).toEqual([60_000, 300_000, 1_800_000, 3_600_000, 21_600_000]);
    expect(nextAttemptAt({ schedule: DEFAULT_RETRY_SCHEDULE, attemptsMade: 6, now })).toBeNull();
  });

  it("jitters each delay by at most ±20 %", () => {
    const low = nextAttemptAt({ schedule: [0, 100], attemptsMade: 1, now: 0, random: () => 0 });
    const high = nextAttemptAt({ schedule: [0, 100], attemptsMade: 1, now: 0, random: () => 0.999999 });
    expect(low).toBe(80_000);
    expect(high).toBeCloseTo(120_000, -1);
  });

  it("a Retry-After (seconds or a date) pushes the next attempt later, never earlier, and at most a day", () => {
    expect(parseRetryAfter("120", 0)).toBe(120_000);
    expect(parseRetryAfter(new Date(90_000).toUTCString(), 0)).toBe(90_000);
    expect(parseRetryAfter("999999999", 0)).toBe(86_400_000);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
    expect(
      nextAttemptAt({ schedule: [0, 60], attemptsMade: 1, now: 0, retryAfterMs: 600_000, random: () => 0.5 }),
    ).toBe(600_000);
    expect(nextAttemptAt({ schedule: [0, 60], attemptsMade: 1, now: 0, retryAfterMs: 1_000, random: () => 0.5 })).toBe(
      60_000,
    );
  });
});

describe("an attempt's outcome", () => {
  const base = { schedule: DEFAULT_RETRY_SCHEDULE, attemptsMade: 1, now: 10_000, random: () => 0.5 };

  it("a 2xx is delivered and ends the failure streak", () => {
    expect(attemptOutcome({ ...base, attempt: answer(204), failingSince: 5 })).toEqual({
      delivered: true,
      nextAttemptAt: null,
      disableReason: null,
      failingSince: null,
    });
  });

  it("a failure is retried on the schedule and starts the streak; the last one fails the delivery", () => {
    expect(attemptOutcome({ ...base, attempt: answer(500), failingSince: null })).toMatchObject({
      delivered: false,
      nextAttemptAt: 70_000,
      failingSince: 10_000,
    });
    expect(attemptOutcome({ ...base, attemptsMade: 6, attempt: answer(null), failingSince: 1 })).toMatchObject({
      nextAttemptAt: null,
      disableReason: null,
    });
  });

  it("a 429 with Retry-After waits as asked", () => {
    expect(
      attemptOutcome({ ...base, attempt: answer(429, { "retry-after": "300" }), failingSince: null }).nextAttemptAt,
    ).toBe(310_000);
  });

  it("410 Gone disables the subscription at once", () => {
    const out = attemptOutcome({ ...base, attempt: answer(410), failingSince: null });
    expect(out).toMatchObject({ delivered: false, nextAttemptAt: null });
    expect(out.disableReason).toContain("410 Gone");
  });

  it("5 days of nothing but failures disables it, with the reason", () => {
    const now = 1_000 + DISABLE_AFTER_MS;
    expect(
      attemptOutcome({ ...base, now: now - 1, attempt: answer(500), failingSince: 1_000 }).disableReason,
    ).toBeNull();
    const out = attemptOutcome({ ...base, now, attempt: answer(500), failingSince: 1_000 });
    expect(out.disableReason).toMatch(/failed since .* \(5 days\)/);
    expect(out.nextAttemptAt).toBeNull();
  });
});

describe("event filters", () => {
  it("take exact names, prefix wildcards and *", () => {
    expect(matchesEvent(["record.created"], "record.created")).toBe(true);
    expect(matchesEvent(["record.created"], "record.updated")).toBe(false);
    expect(matchesEvent(["record.*"], "record.deleted")).toBe(true);
    expect(matchesEvent(["record.*"], "recording.x")).toBe(false);
    expect(matchesEvent(["record.*"], "record")).toBe(false);
    expect(matchesEvent(["*"], "order.paid")).toBe(true);
  });
});
