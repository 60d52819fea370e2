import { expect } from "vitest";
import { compileExpression, type TBindings } from "@/lib/expressions/compile";
import { ExpressionError } from "@/lib/expressions/errors";

/** Evaluates through the same path the engine uses, library functions included. */
export function run(source: string, bindings: TBindings = {}): Promise<unknown> {
  return compileExpression(source).evaluate(bindings);
}

/** The ExpressionError an evaluation fails with; fails the test when it succeeds. */
export async function failure(source: string, bindings: TBindings = {}): Promise<ExpressionError> {
  const err = await run(source, bindings).then(
    (value) => new Error(`expected ${source} to fail, got ${JSON.stringify(value)}`),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExpressionError);
  return err as ExpressionError;
}
