import { REDACTED } from "@/lib/engine/redact";

/** Header (and query parameter) names that carry credentials or signatures: kept out of the request history. */
const SECRET_HEADER = /authorization|cookie|signature|hmac|token|secret|api[-_]?key|password/i;

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = SECRET_HEADER.test(k) ? REDACTED : v;
  return out;
}

/** Query parameters named like credentials (`token`, `hub.verify_token`, `api_key`, `signature`…), kept out too. */
export function redactQuery(query: Record<string, string | string[]>): Record<string, string | string[]> {
  let out: Record<string, string | string[]> | undefined;
  for (const k of Object.keys(query)) {
    if (!SECRET_HEADER.test(k)) continue;
    out ??= { ...query };
    Object.defineProperty(out, k, { value: REDACTED, enumerable: true, writable: true, configurable: true });
  }
  return out ?? query;
}
