import { describe, expect, it } from "vitest";
import { DAY_MS, retentionPolicy } from "./retention-policy";

const CONFIG = { HOOKSTACK_RETENTION_DAYS: 30, HOOKSTACK_RETENTION_COUNT: 10_000 };
const NOW = Date.UTC(2026, 5, 1);

describe("retentionPolicy", () => {
  it("uses the server defaults", () => {
    expect(retentionPolicy({}, CONFIG, NOW)).toEqual({ olderThan: NOW - 30 * DAY_MS, keep: 10_000 });
  });

  it("lets an endpoint keep less or more than the defaults", () => {
    expect(retentionPolicy({ retentionDays: 7, retentionCount: 100 }, CONFIG, NOW)).toEqual({
      olderThan: NOW - 7 * DAY_MS,
      keep: 100,
    });
    expect(retentionPolicy({ retentionDays: 365 }, CONFIG, NOW)).toEqual({
      olderThan: NOW - 365 * DAY_MS,
      keep: 10_000,
    });
  });
});
