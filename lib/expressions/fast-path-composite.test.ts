import jsonata from "jsonata";
import { describe, expect, it } from "vitest";
import { compileExpression, type TBindings } from "./compile";

// Composite shapes the AST compiler handles without JSONata, checked against JSONata itself on awkward data.
const EXPRESSIONS = [
  "$a = 'x'",
  "$a != 'x'",
  "$a.b = 2",
  "$a = $c",
  "$a.b != $c.d",
  "$a < 3",
  "$a >= 'm'",
  "$a.b > $c",
  "$a + 1",
  "$a.b * 2 - $c",
  "$a / 100",
  "$a % 3",
  "-$a",
  "$a & '-suffix'",
  "'prefix-' & $a.b",
  "$a and $c",
  "$a or $c",
  "$a = 'x' and $c.d > 1",
  "$a ? 'yes' : 'no'",
  "$a.b ? $c : 0",
  "{ 'received': true }",
  "{ 'id': $a.b, 'n': $c }",
  "{ 'nested': { 'v': $a } }",
  "$request.headers.'x-github-delivery'",
];

const VALUES: unknown[] = [
  undefined,
  null,
  0,
  1,
  2.5,
  -3,
  "",
  "x",
  "m",
  "zz",
  true,
  false,
  [],
  [1],
  [1, 2],
  {},
  { b: 2 },
  { b: "x" },
  { b: [1] },
  { d: 2 },
];

function* shapes(): Generator<TBindings> {
  for (const a of VALUES)
    for (const c of VALUES.slice(0, 12)) yield { a, c, request: { headers: { "x-github-delivery": "abc" } } };
}

async function outcome(run: () => Promise<unknown>) {
  try {
    return { value: await run() };
  } catch (err) {
    return { error: (err as { code?: string }).code ?? String(err) };
  }
}

describe("compiled expressions agree with JSONata", () => {
  it("compiles every listed shape without the evaluator", () => {
    for (const source of EXPRESSIONS) expect(compileExpression(source).isFast, source).toBe(true);
  });

  it.each(EXPRESSIONS)("%s", async (source) => {
    const compiled = compileExpression(source);
    const reference = jsonata(source);
    for (const bindings of shapes()) {
      const expected = await outcome(() => reference.evaluate(bindings, bindings));
      const actual = await outcome(() => compiled.evaluate(bindings));
      expect(actual, `${source} with ${JSON.stringify(bindings)}`).toEqual(expected);
    }
  });

  it("leaves expressions with predicates, functions or array constructors to JSONata", () => {
    for (const source of ["$a[0]", "$count($a)", "[1, $a]", "$a.b[c > 1]", "$$.a", "$a.*", "$a ~> $string()"]) {
      expect(compileExpression(source).isFast, source).toBe(false);
    }
  });
});
