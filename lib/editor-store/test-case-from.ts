import type { TTestCaseInput } from "@/lib/test-cases/schema";
import { composedHeaders, composedQuery, type TComposer } from "./composer";
import type { TRequestEntry, TRunView } from "./run-types";

/** Headers the transport sets: a saved case leaves them to the run. */
const TRANSPORT_HEADERS = new Set(["host", "content-length", "connection", "transfer-encoding"]);

/** A readable name for a saved request: its event type when the body names one (`invoice.paid`), and the answer. */
export function testNameFor(body: string, method: string, status: number | null): string {
  let what = method;
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const type = [json.type, json.event, (json.event as Record<string, unknown> | undefined)?.type].find(
      (v) => typeof v === "string",
    );
    if (typeof type === "string") what = type;
  } catch {
    // Not JSON: named by its method.
  }
  return status === null ? what : `${what} → ${status}`;
}

/**
 * The test panel's request as a case: signature headers are left out and made fresh at every run instead (a stored
 * signature goes stale), and the answer the last run got is what the case expects.
 */
export function testFromComposer(c: TComposer, lastRun: TRunView | null): TTestCaseInput {
  const signed = new Set(c.headers.filter((h) => h.isSigned && h.isEnabled).map((h) => h.name.trim().toLowerCase()));
  const headers = Object.fromEntries(Object.entries(composedHeaders(c)).filter(([name]) => !signed.has(name)));
  const status =
    lastRun && (lastRun.kind === "test" || lastRun.kind === "replay") && lastRun.request?.body === c.body
      ? lastRun.response.status
      : null;
  return {
    name: testNameFor(c.body, c.method, status),
    request: { method: c.method, headers, query: composedQuery(c) ?? {}, body: c.body, sign: signed.size > 0 },
    expect: { status },
  };
}

/** Query parameters the history masked (tokens) are left out: a masked value would only fail the check it feeds. */
function unredactedQuery(query: TRequestEntry["query"]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(query ?? {})) {
    const kept = [v].flat().filter((item) => item !== "[redacted]");
    if (kept.length) out[k] = Array.isArray(v) ? kept : kept[0]!;
  }
  return out;
}

/**
 * A history entry as a case. The history keeps secrets masked: redacted headers (signatures, credentials) are
 * left out, and the case is signed at run time instead when the stack checks a signature.
 */
export function testFromEntry(entry: TRequestEntry, hasSignatureNode: boolean): TTestCaseInput {
  const kept = Object.entries(entry.headers).filter(
    ([name, value]) => value !== "[redacted]" && !TRANSPORT_HEADERS.has(name.toLowerCase()),
  );
  const wasRedacted = Object.values(entry.headers).some((v) => v === "[redacted]");
  return {
    name: testNameFor(entry.body, entry.method, entry.status),
    request: {
      method: entry.method,
      headers: Object.fromEntries(kept),
      query: unredactedQuery(entry.query),
      body: entry.body,
      sign: wasRedacted && hasSignatureNode,
    },
    expect: { status: entry.status },
  };
}
