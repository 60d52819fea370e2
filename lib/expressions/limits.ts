// Relative, so the browser-import check in function-docs.test.ts follows it (lib/limits.ts imports nothing).
import { LIMIT_DEFAULTS } from "../limits";

/** Evaluation limits applied to every JSONata expression (the per-expression time box of issue #2). */
export type TExpressionLimits = {
  /** Milliseconds one evaluation may take before it fails with a timeout. */
  timeoutMs: number;
  /** Maximum evaluation depth (stops runaway recursion). */
  maxDepth: number;
  /** Maximum length of any sequence an expression builds (stops memory blow-ups like `[1..1e7]`). */
  maxSequence: number;
};

export const DEFAULT_EXPRESSION_LIMITS: TExpressionLimits = {
  timeoutMs: LIMIT_DEFAULTS.expressionTimeoutMs,
  maxDepth: LIMIT_DEFAULTS.expressionMaxDepth,
  maxSequence: LIMIT_DEFAULTS.expressionMaxSequence,
};

/**
 * Longest string an expression may build (`&`, `$pad`, `$join`, `$string`…): 8 Mi characters, eight times the
 * default body limit, so anything derived from a request fits while doubling a string in a loop or
 * `$pad('', 1e8)` fails at once instead of filling memory (or, past V8's own limits, aborting the process).
 */
export const MAX_STRING_CHARS = 8 * 1024 * 1024;

/** The error a value over a cap raises (a code of our own, so JSONata keeps the message). */
export function valueTooLarge(what: string, max: number) {
  return { code: "L0001", message: `value limit: an expression built ${what}; the limit is ${max}`, value: max };
}
