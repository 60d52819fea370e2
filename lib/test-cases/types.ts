import type { TTraceEntry } from "@/lib/engine/types";

/** A record the run wrote, or would have written in a dry run. */
export type TRecordWrite = { table: string; op: "insert" | "update" | "delete"; record: unknown };

/** What a case's run produced, as the expectations see it. */
export type TCaseOutcome = {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  trace: readonly TTraceEntry[];
  writes: readonly TRecordWrite[];
};

export type TExpectationKind = "status" | "assertion" | "ran" | "notRan" | "records";

/** One expectation checked: what was expected, what the run did, and why it failed. */
export type TExpectationResult = {
  kind: TExpectationKind;
  /** What is checked, in words ("status", "received equals true", "node save ran"). */
  label: string;
  passed: boolean;
  expected: unknown;
  actual: unknown;
  /** Why it failed, when the actual value alone does not say (an expression that could not be evaluated). */
  message?: string;
};

export type TCaseResult = {
  testId: string;
  name: string;
  passed: boolean;
  /** Set when the case could not run at all (its request could not be signed): it fails. */
  error?: string;
  durationMs: number;
  dryRun: boolean;
  /** The request as sent (with fresh signature headers when signed). */
  request: { method: string; headers: Record<string, string>; query: Record<string, string | string[]>; body: string };
  response: { status: number; headers: Record<string, string>; body: unknown } | null;
  trace: TTraceEntry[];
  runError?: { nodeId?: string; message: string };
  writes: TRecordWrite[];
  expectations: TExpectationResult[];
  /** The history entry, for a real (not dry) run, which is kept like a test-panel run. */
  requestId?: string;
};

export type TSuiteResult = {
  total: number;
  passed: number;
  failed: number;
  dryRun: boolean;
  durationMs: number;
  results: TCaseResult[];
};

/** What a version keeps of the suite that ran before it was published. */
export type TSuiteRecord = {
  total: number;
  passed: number;
  failed: number;
  /** Published although cases failed: the person chose to override. */
  overridden: boolean;
  ranAt: string;
  failures: { testId: string; name: string }[];
};

export function suiteRecord(suite: TSuiteResult, overridden: boolean, ranAt: Date): TSuiteRecord {
  return {
    total: suite.total,
    passed: suite.passed,
    failed: suite.failed,
    overridden: overridden && suite.failed > 0,
    ranAt: ranAt.toISOString(),
    failures: suite.results.filter((r) => !r.passed).map((r) => ({ testId: r.testId, name: r.name })),
  };
}
