export const REDACTED = "[redacted]";

/** Secrets shorter than this are too likely to match ordinary text to be masked by value. */
const MIN_SECRET_LENGTH = 6;

// The same secrets list (one workspace's env values) is passed on every run: compute its needles once.
const needleCache = new WeakMap<readonly string[], { raw: string[]; json: string[] }>();

function needles(secrets: readonly string[]) {
  let hit = needleCache.get(secrets);
  if (!hit) {
    const raw = [...new Set(secrets.filter((s) => typeof s === "string" && s.length >= MIN_SECRET_LENGTH))].sort(
      (a, b) => b.length - a.length,
    );
    hit = { raw, json: raw.map((s) => JSON.stringify(s).slice(1, -1)) };
    needleCache.set(secrets, hit);
  }
  return hit;
}

function replaceAll(text: string, needles: readonly string[], replacement: string): string {
  let out = text;
  for (const n of needles) if (out.includes(n)) out = out.split(n).join(replacement);
  return out;
}

/**
 * Returns a function that copies a JSON-like value with every occurrence of any secret replaced, so env values
 * never reach traces, history or error messages, even inside a longer string.
 */
export function createRedactor(secrets: readonly string[]): (value: unknown) => unknown {
  const { raw } = needles(secrets);
  if (raw.length === 0) return (value) => value;
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === "string") return replaceAll(value, raw, REDACTED);
    if (value === null || typeof value !== "object" || depth > 64) return value;
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, {
        value: walk(v, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  return (value) => walk(value, 0);
}

export function containsSecret(text: string, secrets: readonly string[]): boolean {
  return needles(secrets).raw.some((n) => text.includes(n));
}

/** JSON text with every secret masked (the secrets as they appear inside JSON strings). */
export function redactJsonText(json: string, secrets: readonly string[]): string {
  return replaceAll(json, needles(secrets).json, REDACTED);
}
