import { REDACTED } from "@/lib/engine/redact";

/** Headers that carry credentials or signatures: kept out of the request history. */
const SECRET_HEADER = /authorization|cookie|signature|hmac|token|secret|api[-_]?key|password/i;

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = SECRET_HEADER.test(k) ? REDACTED : v;
  return out;
}
