export const REDACTED = "[redacted]";

/** Secrets shorter than this are too likely to match ordinary text to be masked by value. */
const MIN_SECRET_LENGTH = 6;

/**
 * Returns a function that copies a JSON-like value with every occurrence of any secret replaced, so env values
 * never reach traces, history or error messages, even inside a longer string.
 */
export function createRedactor(secrets: readonly string[]): (value: unknown) => unknown {
  const needles = [...new Set(secrets.filter((s) => typeof s === "string" && s.length >= MIN_SECRET_LENGTH))].sort(
    (a, b) => b.length - a.length,
  );
  if (needles.length === 0) return (value) => value;
  const redactString = (s: string) => {
    let out = s;
    for (const n of needles) if (out.includes(n)) out = out.split(n).join(REDACTED);
    return out;
  };
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === "string") return redactString(value);
    if (value === null || typeof value !== "object" || depth > 64) return value;
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, { value: walk(v, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return (value) => walk(value, 0);
}
