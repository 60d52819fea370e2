import jsonata from "jsonata";
import { describe, expect, it } from "vitest";
import { compileExpression, type TBindings } from "./compile";

const EXPRESSIONS = [
  "'text'",
  '"text"',
  "200",
  "-1.5",
  "0",
  "true",
  "false",
  "null",
  "$a",
  "$a.b.c",
  "$a.list",
  "$a.b",
];

const SHAPES: TBindings[] = [
  {},
  { b: 1 },
  { a: undefined },
  { a: null },
  { a: 0 },
  { a: "str" },
  { a: true },
  { a: {} },
  { a: [] },
  { a: [1] },
  { a: [1, 2] },
  { a: [[1]] },
  { a: [null] },
  { a: { b: null } },
  { a: { b: "x" } },
  { a: { b: {} } },
  { a: { b: [] } },
  { a: { b: { c: 1 } } },
  { a: { b: { c: 0 } } },
  { a: { b: { c: false } } },
  { a: { b: { c: "" } } },
  { a: { b: { c: null } } },
  { a: { b: { c: [] } } },
  { a: { b: { c: [1] } } },
  { a: { b: { c: [[1, 2]] } } },
  { a: { b: { c: { d: [1] } } } },
  { a: { b: [{ c: 1 }] } },
  { a: { b: [{ c: 1 }, { c: 2 }] } },
  { a: { b: [{ c: [1, 2] }, { c: 3 }] } },
  { a: { b: [{ x: 1 }, { c: 2 }] } },
  { a: [{ b: { c: 1 } }] },
  { a: [{ b: [{ c: [[1]] }] }] },
  { a: { list: [1] } },
  { a: { list: [] } },
  { a: { list: [1, 2] } },
  { a: { list: [[1, 2], [3]] } },
  { a: { list: [[1]] } },
  { a: { list: [{ x: 1 }] } },
  { a: { list: "x" } },
  { a: { list: null } },
  { a: [{ list: [1] }, { list: [2, 3] }] },
  { a: { constructor: 1, list: { length: 2 } } },
];

/** Deterministic nested values, to reach shapes a hand-written table misses. */
function randomShapes(count: number): TBindings[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const keys = ["a", "b", "c", "list", "d"];
  const value = (depth: number): unknown => {
    const r = next();
    if (depth > 3 || r < 0.3) return [null, 0, 1, "s", "", true, false][Math.floor(next() * 7)];
    if (r < 0.6) return Array.from({ length: Math.floor(next() * 3) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    for (const key of keys) if (next() < 0.5) object[key] = value(depth + 1);
    return object;
  };
  return Array.from({ length: count }, () => ({ a: value(0) }));
}

/** A copy without JSONata's `sequence` markers, which only say how the array was built. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, plain);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

describe("fast path", () => {
  it.each(EXPRESSIONS)("takes %s without the evaluator", (source) => {
    expect(compileExpression(source).isFast).toBe(true);
  });

  const cases = EXPRESSIONS.flatMap((source) =>
    [...SHAPES, ...randomShapes(150)].map((bindings) => [source, bindings] as const),
  );

  it(`gives exactly JSONata's result (${cases.length} expression and binding pairs)`, async () => {
    for (const [source, bindings] of cases) {
      const expected = await jsonata(source).evaluate(bindings, bindings);
      const actual = await compileExpression(source).evaluate(bindings);
      const context = `${source} with ${JSON.stringify(bindings)}`;
      expect(Array.isArray(actual), context).toBe(Array.isArray(expected));
      expect((actual as { sequence?: unknown } | undefined)?.sequence, context).toBeUndefined();
      expect(plain(actual), context).toStrictEqual(plain(expected));
    }
  });
});
