import { describe, expect, it } from "vitest";
import { failure, run } from "@/tests/support/expressions";

const INSTANT = Date.UTC(2024, 0, 2, 3, 4, 5, 678);

describe("$timestamp", () => {
  it("is now in whole unix seconds, agreeing with $millis()", async () => {
    const before = Math.floor(Date.now() / 1000);
    const value = await run("$timestamp()");
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(before);
    expect(value).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(await run("$timestamp() = $floor($millis() / 1000)")).toBe(true);
  });
});

describe("$parseTimestamp", () => {
  it.each([
    ["2024-01-02T03:04:05.678Z", INSTANT],
    ["2024-01-02T03:04:05.678123Z", INSTANT],
    ["2024-01-02T04:04:05.678+01:00", INSTANT],
    ["2024-01-01T22:04:05.678-0500", INSTANT],
    ["2024-01-02T03:04:05.678", INSTANT],
    ["2024-01-02 03:04:05.678Z", INSTANT],
    ["2024-01-02T03:04Z", Date.UTC(2024, 0, 2, 3, 4)],
    ["2024-01-02", Date.UTC(2024, 0, 2)],
    ["2024-02-29", Date.UTC(2024, 1, 29)],
    ["Tue, 02 Jan 2024 03:04:05 GMT", INSTANT - 678],
  ])("reads %s", async (text, millis) => {
    expect(await run("$parseTimestamp($t)", { t: text })).toBe(millis);
  });

  it("reads unix seconds and milliseconds, as numbers or digits", async () => {
    expect(await run("$parseTimestamp(1704164645)")).toBe(1704164645000);
    expect(await run("$parseTimestamp('1704164645')")).toBe(1704164645000);
    expect(await run("$parseTimestamp(1704164645678)")).toBe(1704164645678);
    expect(await run("$parseTimestamp('1704164645678')")).toBe(1704164645678);
    expect(await run("$parseTimestamp('1531420618.000200')")).toBe(1531420618000);
    expect(await run("$parseTimestamp(0)")).toBe(0);
  });

  it("reads text in a JSONata picture", async () => {
    expect(await run("$parseTimestamp('02/01/2024 03:04', '[D01]/[M01]/[Y0001] [H01]:[m01]')")).toBe(
      Date.UTC(2024, 0, 2, 3, 4),
    );
  });

  it.each(["2024-02-30", "2023-02-29", "2024-13-01", "2024-01-02T24:00:00Z", "2024-01-02T03:04:05+25:00", "soon", ""])(
    "rejects %j with a clear error",
    async (text) => {
      const err = await failure("$parseTimestamp($t)", { t: text });
      expect(err.message).toMatch(/^\$parseTimestamp: .* is not an ISO 8601 date/);
    },
  );

  it("rejects text that does not match the picture, and wrong types", async () => {
    expect((await failure("$parseTimestamp('nope', '[D01]/[M01]/[Y0001]')")).message).toMatch(
      /^\$parseTimestamp: "nope" does not match the picture/,
    );
    expect((await failure("$parseTimestamp(true)")).code).toBe("T0410");
    expect((await failure("$parseTimestamp(1, '[Y]')")).message).toMatch(/picture applies to text/);
    expect(await run("$parseTimestamp($missing)")).toBeUndefined();
  });
});

describe("$formatTimestamp", () => {
  it("formats ISO 8601 in UTC by default", async () => {
    expect(await run("$formatTimestamp($t)", { t: INSTANT })).toBe("2024-01-02T03:04:05.678Z");
  });

  it("uses a picture and a timezone given as an offset or an IANA name", async () => {
    const picture = "'[Y0001]-[M01]-[D01] [H01]:[m01] [Z]'";
    expect(await run(`$formatTimestamp($t, ${picture}, '+0530')`, { t: INSTANT })).toBe("2024-01-02 08:34 +05:30");
    expect(await run(`$formatTimestamp($t, ${picture}, '-08:00')`, { t: INSTANT })).toBe("2024-01-01 19:04 -08:00");
    expect(await run(`$formatTimestamp($t, ${picture}, 'UTC')`, { t: INSTANT })).toBe("2024-01-02 03:04 +00:00");
    expect(await run("$formatTimestamp($t, '', 'Asia/Kolkata')", { t: INSTANT })).toBe("2024-01-02T08:34:05.678+05:30");
  });

  it("follows daylight saving time in IANA zones", async () => {
    const winter = Date.UTC(2024, 0, 15, 12);
    const summer = Date.UTC(2024, 6, 15, 12);
    const picture = "'[H01]:[m01] [Z]'";
    expect(await run(`$formatTimestamp($t, ${picture}, 'Europe/Paris')`, { t: winter })).toBe("13:00 +01:00");
    expect(await run(`$formatTimestamp($t, ${picture}, 'Europe/Paris')`, { t: summer })).toBe("14:00 +02:00");
  });

  it("round-trips with $parseTimestamp", async () => {
    const instants = [0, INSTANT, -86_400_000, Date.UTC(2038, 0, 19, 3, 14, 8)];
    for (const t of instants) {
      expect(await run("$parseTimestamp($formatTimestamp($t))", { t })).toBe(t);
      expect(await run("$parseTimestamp($formatTimestamp($t, '', 'America/New_York'))", { t })).toBe(t);
    }
    expect(await run("$parseTimestamp($formatTimestamp($timestamp() * 1000)) / 1000 = $timestamp()")).toBe(true);
  });

  it("rejects unknown timezones, impossible dates and wrong types", async () => {
    expect((await failure("$formatTimestamp(0, '', 'Mars/Olympus')")).message).toMatch(
      /^\$formatTimestamp: unknown timezone "Mars\/Olympus"/,
    );
    expect((await failure("$formatTimestamp(1e20)")).message).toMatch(/outside the range of dates/);
    // The string is taken as the picture, so JSONata reports the missing number as an incompatible context value.
    expect((await failure("$formatTimestamp('2024-01-01')")).code).toBe("T0411");
    expect(await run("$formatTimestamp($missing)")).toBeUndefined();
  });
});
