import jsonata from "jsonata";
import { fail } from "./fail";

/** Whole unix seconds, from the instant JSONata fixes for `$now()` and `$millis()` so they agree. */
export function timestamp(this: unknown): number {
  const fixed = (this as { environment?: { timestamp?: unknown } } | undefined)?.environment?.timestamp;
  return Math.floor((fixed instanceof Date ? fixed.getTime() : Date.now()) / 1000);
}

// Below this a unix time is read as seconds (up to the year 5138), above as milliseconds (from March 1973).
const SECONDS_BELOW = 1e11;
// The range of a JavaScript Date.
const MAX_MILLIS = 8.64e15;

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Milliseconds for calendar fields, or undefined when a field is out of range (so `2024-02-30` is refused). */
function utcMillis(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number) {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  // Date.UTC reads years 0-99 as 1900-1999.
  if (y < 100) date.setUTCFullYear(y);
  return date.getTime();
}

function parseText(text: string): number | undefined {
  const iso = ISO_8601.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, , sign, oh, om] = iso;
    const ms = Number((fraction ?? "").padEnd(3, "0").slice(0, 3));
    // No offset means UTC, as in JSONata's $toMillis: never the server's local time zone.
    const base = utcMillis(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms);
    if (base === undefined || Number(oh ?? 0) > 23 || Number(om ?? 0) > 59) return undefined;
    const offset = (Number(oh ?? 0) * 60 + Number(om ?? 0)) * 60_000;
    return sign === "-" ? base + offset : base - offset;
  }
  const http = HTTP_DATE.exec(text);
  if (http) {
    const [, d, mon, y, h, mi, s] = http;
    const month = MONTHS.indexOf(mon ?? "") + 1;
    return month === 0 ? undefined : utcMillis(Number(y), month, Number(d), Number(h), Number(mi), Number(s), 0);
  }
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return fromUnix(Number(text));
  return undefined;
}

function fromUnix(value: number): number {
  return Math.round(Math.abs(value) < SECONDS_BELOW ? value * 1000 : value);
}

let toMillisWithPicture: ReturnType<typeof jsonata> | undefined;

async function parseWithPicture(text: string, picture: string): Promise<number> {
  toMillisWithPicture ??= jsonata("$toMillis(text, picture)");
  let millis: unknown;
  try {
    millis = await toMillisWithPicture.evaluate({ text, picture });
  } catch (err) {
    return fail("parseTimestamp", (err as { message?: string }).message ?? String(err));
  }
  if (typeof millis !== "number" || !Number.isFinite(millis)) {
    return fail("parseTimestamp", `${JSON.stringify(text)} does not match the picture ${JSON.stringify(picture)}`);
  }
  return millis;
}

export function parseTimestamp(value?: string | number, picture?: string): number | Promise<number> | undefined {
  if (value === undefined) return undefined;
  if (picture !== undefined && picture !== "") {
    if (typeof value !== "string") return fail("parseTimestamp", "a picture applies to text, not to a number");
    return parseWithPicture(value, picture);
  }
  const millis = typeof value === "number" ? fromUnix(value) : parseText(value.trim());
  if (millis === undefined || !(Math.abs(millis) <= MAX_MILLIS)) {
    return fail(
      "parseTimestamp",
      `${JSON.stringify(value)} is not an ISO 8601 date, an HTTP date, unix seconds or unix milliseconds`,
    );
  }
  return millis;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** JSONata's `±HHMM` offset for a timezone at the given instant (IANA zones change offset with daylight saving). */
function offsetAt(millis: number, timezone: string): string {
  if (/^(?:Z|UTC|GMT)$/i.test(timezone)) return "+0000";
  const fixed = /^([+-])(\d{2}):?(\d{2})?$/.exec(timezone);
  if (fixed) return `${fixed[1]}${fixed[2]}${fixed[3] ?? "00"}`;
  let format = offsetFormats.get(timezone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-US", { timeZone: timezone, timeZoneName: "longOffset" });
    } catch {
      return fail(
        "formatTimestamp",
        `unknown timezone ${JSON.stringify(timezone)} (use an offset such as +0530 or an IANA name such as Europe/Paris)`,
      );
    }
    // Only valid zones get here, so the cache stays as small as the IANA database.
    offsetFormats.set(timezone, format);
  }
  const name = format.formatToParts(new Date(millis)).find((part) => part.type === "timeZoneName")?.value ?? "";
  const offset = /^GMT([+-]\d{2}):(\d{2})$/.exec(name);
  return offset ? `${offset[1]}${offset[2]}` : "+0000";
}

let fromMillis: ReturnType<typeof jsonata> | undefined;

export async function formatTimestamp(
  millis?: number,
  picture?: string,
  timezone?: string,
): Promise<string | undefined> {
  if (millis === undefined) return undefined;
  if (!(Math.abs(millis) <= MAX_MILLIS)) return fail("formatTimestamp", `${millis} is outside the range of dates`);
  const zone = timezone === undefined || timezone === "" ? undefined : offsetAt(millis, timezone);
  fromMillis ??= jsonata("$fromMillis(millis, picture, zone)");
  try {
    // An empty picture means the default, so a timezone can be given without a picture.
    return (await fromMillis.evaluate({ millis, picture: picture || undefined, zone })) as string | undefined;
  } catch (err) {
    return fail("formatTimestamp", (err as { message?: string }).message ?? String(err));
  }
}
