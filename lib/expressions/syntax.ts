import jsonata from "jsonata";
import { DEFAULT_EXPRESSION_LIMITS, type TExpressionLimits } from "./limits";
import { ExpressionError, toExpressionError } from "./errors";

/**
 * Parsing and syntax checks, safe to bundle for the browser: unlike `compile.ts` it never imports the function
 * library, whose implementations use node:crypto. JSONata resolves `$name` only when evaluating, so a syntax
 * check needs no implementations.
 */
export type TFunctionRegistration = {
  readonly name: string;
  readonly signature?: string;
  readonly implementation: (...args: never[]) => unknown;
};

/** Parses an expression and registers `functions` on it; throws ExpressionError with a syntax error's position. */
export function parseExpression(
  source: string,
  limits: TExpressionLimits = DEFAULT_EXPRESSION_LIMITS,
  functions: readonly TFunctionRegistration[] = [],
) {
  let expression: ReturnType<typeof jsonata>;
  try {
    expression = jsonata(source, { timeout: limits.timeoutMs, stack: limits.maxDepth, sequence: limits.maxSequence });
  } catch (err) {
    throw toExpressionError(err);
  }
  for (const fn of functions) {
    // Registering parses the signature (about half the cost of compiling); a function the text never names cannot
    // be called, short of `$eval` on a name built at run time.
    if (!source.includes(`$${fn.name}`)) continue;
    expression.registerFunction(fn.name, fn.implementation as (...args: unknown[]) => unknown, fn.signature);
  }
  return expression;
}

/** Checks an expression's syntax without running it: the editor and graph validation call this. */
export function checkExpression(source: string): ExpressionError | undefined {
  if (source.trim() === "") return new ExpressionError("expression is empty", "S0000", 0);
  try {
    parseExpression(source);
    return undefined;
  } catch (err) {
    return toExpressionError(err);
  }
}
