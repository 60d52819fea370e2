import { describe, expect, it } from "vitest";
import { formatTime } from "./time";

describe("formatTime", () => {
  it("writes every moment in UTC, to the second, whatever it is given", () => {
    expect(formatTime("2026-12-03T14:20:05.123Z")).toBe("2026-12-03 14:20:05 UTC");
    expect(formatTime("2026-12-03T15:20:05+01:00")).toBe("2026-12-03 14:20:05 UTC");
    expect(formatTime(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe("2026-01-02 03:04:05 UTC");
  });
});
