import { SAMPLES, type TSample } from "@/lib/samples";
import type { TRequestEntry } from "./run-types";

export type TComposerHeader = {
  id: string;
  name: string;
  value: string;
  isEnabled: boolean;
  /** Added by "Sign it": re-signed before a run when the body changed or the timestamp grew old. */
  isSigned?: boolean;
};

/** The test panel's request being composed. */
export type TComposer = {
  method: string;
  contentType: string;
  headers: TComposerHeader[];
  body: string;
  /** The query string sent with the test request (`a=1&b=2`), without `?`. */
  query?: string;
  isDryRun: boolean;
  sampleId?: string;
  /** The body and time the signature headers were made for. */
  signedBody?: string;
  signedAt?: number;
};

let headerCounter = 0;
export const newHeaderId = () => `h${++headerCounter}`;

export const CONTENT_TYPES = [
  "application/json",
  "application/x-www-form-urlencoded",
  "text/plain",
  "application/xml",
] as const;

/** Headers the composer never sends itself: content type has its own field, the rest the transport sets. */
const IMPLICIT_HEADERS = new Set(["content-type", "host", "content-length", "connection", "transfer-encoding"]);

export function headerRows(headers: Record<string, string>): TComposerHeader[] {
  return Object.entries(headers)
    .filter(([name]) => !IMPLICIT_HEADERS.has(name.toLowerCase()))
    .map(([name, value]) => ({ id: newHeaderId(), name, value, isEnabled: true }));
}

export function composerFromSample(sample: TSample, isDryRun: boolean): TComposer {
  return {
    method: sample.method,
    contentType: sample.contentType,
    headers: headerRows(sample.headers),
    body: sample.body,
    isDryRun,
    sampleId: sample.id,
  };
}

export const DEFAULT_COMPOSER: TComposer = composerFromSample(SAMPLES[SAMPLES.length - 1]!, true);

/** A history entry loaded into the composer (Replay against the draft): redacted headers are left out. */
export function composerFromRequest(
  entry: Pick<TRequestEntry, "method" | "headers" | "body">,
  isDryRun: boolean,
): TComposer {
  const headers = Object.fromEntries(Object.entries(entry.headers).filter(([, v]) => v !== "[redacted]"));
  const contentType = Object.entries(entry.headers).find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  return { method: entry.method, contentType, headers: headerRows(headers), body: entry.body, isDryRun };
}

/** The headers a run sends: enabled rows with a name, then the content type when there is a body. */
export function composedHeaders(c: TComposer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of c.headers) {
    const name = h.name.trim().toLowerCase();
    if (h.isEnabled && name) out[name] = h.value;
  }
  if (c.body !== "" && c.contentType.trim()) out["content-type"] = c.contentType.trim();
  return out;
}

/** The query parameters a test run sends, as the test route takes them; undefined when there are none. */
export function composedQuery(c: Pick<TComposer, "query">): Record<string, string | string[]> | undefined {
  const params = new URLSearchParams((c.query ?? "").trim().replace(/^\?/, ""));
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of params) {
    const before = out[k];
    out[k] = before === undefined ? v : [before, v].flat();
  }
  return Object.keys(out).length ? out : undefined;
}

/** Pretty-prints a JSON body; undefined when it is not JSON (the panel says so). */
export function formatJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}

/** Signature headers replace rows of the same name (a re-sign), and are marked as signed. */
export function withSignedHeaders(rows: readonly TComposerHeader[], signed: Record<string, string>): TComposerHeader[] {
  const names = new Set(Object.keys(signed).map((n) => n.toLowerCase()));
  const kept = rows.filter((h) => !names.has(h.name.trim().toLowerCase()));
  return [
    ...kept,
    ...Object.entries(signed).map(([name, value]) => ({
      id: newHeaderId(),
      name,
      value,
      isEnabled: true,
      isSigned: true,
    })),
  ];
}

/** Providers reject signatures older than a few minutes (Stripe, Slack: 5): re-sign well before. */
export const RESIGN_AFTER_MS = 2 * 60_000;

export function needsResign(c: TComposer, now: number): boolean {
  if (!c.headers.some((h) => h.isSigned && h.isEnabled)) return false;
  return c.signedBody !== c.body || c.signedAt === undefined || now - c.signedAt > RESIGN_AFTER_MS;
}
