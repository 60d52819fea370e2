import { DEFAULT_EXPRESSION_LIMITS, MAX_STRING_CHARS, valueTooLarge, type TExpressionLimits } from "./limits";
import { toExpressionError } from "./errors";
import { compileFastPath, NOT_FAST } from "./fast-path";
import { EXPRESSION_FUNCTIONS, type TExpressionFunction } from "./functions";
import { parseExpression as parseWith } from "./syntax";

// Kept for server callers; browser code must import it from `./syntax` so node:crypto stays out of the bundle.
export { checkExpression } from "./syntax";

export type TBindings = Record<string, unknown>;

export type CompiledExpression = {
  readonly source: string;
  /** True when the expression compiled to a plain function (see fast-path.ts); JSONata still decides odd data. */
  readonly isFast: boolean;
  evaluate(bindings: TBindings): Promise<unknown>;
};

/** Parses an expression with the library functions registered (server side; the browser uses `syntax.ts`). */
export function parseExpression(
  source: string,
  limits: TExpressionLimits = DEFAULT_EXPRESSION_LIMITS,
  functions: readonly TExpressionFunction[] = EXPRESSION_FUNCTIONS,
) {
  return parseWith(source, limits, functions);
}

function normalise(value: unknown): unknown {
  // JSONata marks the arrays it builds as sequences; copying drops the marker so results serialise plainly.
  if (Array.isArray(value) && (value as { sequence?: boolean }).sequence) return Array.from(value);
  return value;
}

// Node types whose result is a value the expression made (not one it looked up, such as `$request.body`).
const BUILDERS = new Set(["function", "binary", "apply", "partial", "unary", "transform"]);

/**
 * JSONata's exit hook sees every step's result: a string or array past the caps fails the evaluation right where
 * it was built, so a doubling loop stops at the cap instead of at the end of memory.
 */
function boundResult(limits: TExpressionLimits) {
  return (expr: { type: string }, _input: unknown, _env: unknown, result: unknown) => {
    if (!BUILDERS.has(expr.type)) return;
    if (typeof result === "string" && result.length > MAX_STRING_CHARS) {
      throw valueTooLarge(`a string of ${result.length} characters`, MAX_STRING_CHARS);
    }
    if (Array.isArray(result) && result.length > limits.maxSequence)
      throw valueTooLarge(`a list of ${result.length} items`, limits.maxSequence);
  };
}

export function compileExpression(
  source: string,
  limits: TExpressionLimits = DEFAULT_EXPRESSION_LIMITS,
  functions: readonly TExpressionFunction[] = EXPRESSION_FUNCTIONS,
): CompiledExpression {
  const full = parseWith(source, limits, functions);
  full.assign(Symbol.for("jsonata.__evaluate_exit") as unknown as string, boundResult(limits));
  const fast = compileFastPath(full.ast(), MAX_STRING_CHARS);
  const evaluateFull = async (bindings: TBindings) => {
    try {
      // The input document is the bindings too, so `payload.id` works like `$payload.id`.
      return normalise(await full.evaluate(bindings, bindings));
    } catch (err) {
      throw toExpressionError(err);
    }
  };
  if (!fast) return { source, isFast: false, evaluate: evaluateFull };
  return {
    source,
    isFast: true,
    evaluate(bindings) {
      const value = fast(bindings);
      return value === NOT_FAST ? evaluateFull(bindings) : Promise.resolve(value);
    },
  };
}
