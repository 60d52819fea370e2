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
