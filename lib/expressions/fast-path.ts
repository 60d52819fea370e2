/**
 * Expressions that need no evaluator: literals and plain variable paths such as `$payload.data.object.id`.
 * They cover most fields in real stacks, and on the hot path a property lookup is ~100x cheaper than JSONata.
 * Each returns `NOT_FAST` when the data takes it outside the shape where its answer equals JSONata's.
 */
export const NOT_FAST = Symbol("not-fast");

export type FastEvaluator = (bindings: Record<string, unknown>) => unknown;

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const SINGLE_QUOTED = /^'([^'\\]*)'$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const VARIABLE_PATH = /^\$([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function compileFastPath(source: string): FastEvaluator | undefined {
  const text = source.trim();
  if (NUMBER.test(text)) {
    const n = Number(text);
    return () => n;
  }
  const quoted = SINGLE_QUOTED.exec(text) ?? DOUBLE_QUOTED.exec(text);
  if (quoted) {
    const s = quoted[1] ?? "";
    return () => s;
  }
  if (text === "true") return () => true;
  if (text === "false") return () => false;
  if (text === "null") return () => null;

  const path = VARIABLE_PATH.exec(text);
  if (!path) return undefined;
  const root = path[1] ?? "";
  // `$` alone and JSONata's own functions are not plain variables.
  if (root === "") return undefined;
  const steps = (path[2] ?? "").split(".").filter(Boolean);
  return (bindings) => {
    if (!Object.prototype.hasOwnProperty.call(bindings, root)) return NOT_FAST;
    let value: unknown = bindings[root];
    for (const step of steps) {
      // A step into an array maps over its items in JSONata: leave that to the evaluator.
      if (Array.isArray(value)) return NOT_FAST;
      // A step into a primitive, null or nothing is `undefined` in JSONata.
      if (!isPlainObject(value)) return undefined;
      value = Object.prototype.hasOwnProperty.call(value, step) ? value[step] : undefined;
    }
    // A path that ends on an array yields that array unchanged, as JSONata does.
    return value;
  };
}
