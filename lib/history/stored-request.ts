import { REDACTED } from "@/lib/engine/redact";

/** Headers a replay must not copy: the transport sets them again for the new request. */
const TRANSPORT_HEADERS = new Set([
  "host",
  "content-length",
  "connection",
  "transfer-encoding",
  "keep-alive",
  "expect",
  "upgrade",
]);

export type TStoredRequest = {
  method: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: string;
  /** Header names whose values were redacted in the history (signatures, tokens): a replay goes without them. */
  redactedHeaders: string[];
};

/**
 * A history entry as a request to send again: its method, query, headers and exact body. Redacted headers are
 * dropped rather than sent as "[redacted]", so a signature check reports a missing signature, not a wrong one.
 */
export function storedRequest(row: {
  method: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: string;
}): TStoredRequest {
  const headers: Record<string, string> = {};
  const redactedHeaders: string[] = [];
  for (const [name, value] of Object.entries(row.headers)) {
    const key = name.toLowerCase();
    if (TRANSPORT_HEADERS.has(key)) continue;
    if (value === REDACTED) redactedHeaders.push(key);
    else headers[key] = value;
  }
  return { method: row.method, query: row.query, headers, body: row.body, redactedHeaders };
}
