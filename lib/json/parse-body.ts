/** Parses request bodies safely: a depth cap against deeply nested payloads, and no prototype pollution. */
export class BodyParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BodyParseError";
  }
}

export function jsonDepth(value: unknown, limit: number): number {
  // Iterative so a hostile payload cannot overflow the stack while we measure it.
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (d > max) max = d;
    if (max > limit) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

export function parseJsonBody(text: string, maxDepth: number): unknown {
  if (!/\S/.test(text)) throw new BodyParseError("the request body is empty; expected JSON");
  let value: unknown;
  try {
    // JSON.parse keeps `__proto__` as an ordinary own property, so parsed payloads cannot reach a prototype.
    value = JSON.parse(text);
  } catch (err) {
    throw new BodyParseError(`the request body is not valid JSON (${(err as Error).message})`);
  }
  if (jsonDepth(value, maxDepth) > maxDepth) {
    throw new BodyParseError(`the request body is nested deeper than ${maxDepth} levels`);
  }
  return value;
}

/** `a=1&a=2&b=3` → `{ a: ["1", "2"], b: "3" }`, with keys such as `__proto__` kept as plain data. */
export function parseFormBody(text: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = Object.prototype.hasOwnProperty.call(out, key) ? out[key] : undefined;
    const next = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
