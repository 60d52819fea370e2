import { describe, expect, it } from "vitest";
import { compileExpression } from "./compile";
import { ExpressionError } from "./errors";
import { DEFAULT_EXPRESSION_LIMITS, type TExpressionLimits } from "./limits";

const SMALL: TExpressionLimits = { timeoutMs: 200, maxDepth: 200, maxSequence: 1000 };

async function stopped(source: string, limits: TExpressionLimits) {
  const started = performance.now();
  const err = await compileExpression(source, limits)
    .evaluate({})
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(err, source).toBeInstanceOf(ExpressionError);
  return { err: err as ExpressionError, ms: performance.now() - started };
}

describe("evaluation limits", () => {
  it.each([
    "($f := function($x){ $f($x + 1) }; $f(0))",
    "($loop := function(){ $loop() }; $loop())",
    "($f := function($x){ 1 + $f($x + 1) }; $f(0))",
  ])("stops %s quickly", async (source) => {
    const { err, ms } = await stopped(source, SMALL);
    expect(["D1011", "D1012"]).toContain(err.code);
    expect(ms).toBeLessThan(2000);
  });

  it("stops a huge range before allocating it", async () => {
    for (const limits of [SMALL, DEFAULT_EXPRESSION_LIMITS]) {
      const { err, ms } = await stopped("[1..100000000]", limits);
      expect(["D2014", "D2015"]).toContain(err.code);
      expect(ms).toBeLessThan(1000);
    }
  });

  it("caps ranges and built sequences at maxSequence", async () => {
    expect((await stopped("[1..5000]", SMALL)).err.code).toBe("D2015");
    expect((await stopped("[1..600, 1..600]", SMALL)).err.code).toBe("D2015");
    expect(
      (await stopped("$reduce([1..100], function($acc, $v){ $append($acc, [1..100]) }, [])", SMALL)).err.code,
    ).toBe("D2015");
    expect(
      (await stopped(`[1..${DEFAULT_EXPRESSION_LIMITS.maxSequence + 1}]`, DEFAULT_EXPRESSION_LIMITS)).err.code,
    ).toBe("D2015");
  });

  it("leaves ordinary expressions alone", async () => {
    expect(await compileExpression("$sum([1..1000])", SMALL).evaluate({})).toBe(500500);
    expect(
      await compileExpression("($f := function($n){ $n <= 1 ? 1 : $n * $f($n - 1) }; $f(10))", SMALL).evaluate({}),
    ).toBe(3628800);
  });
});
