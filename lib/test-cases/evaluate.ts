import type { TTraceEntry } from "@/lib/engine/types";
import type { TPendingRecord } from "@/lib/records/types";
import type { TAssertion, TExpectations } from "./schema";
import type { TCaseOutcome, TExpectationResult, TRecordWrite } from "./types";

/** Evaluates one JSONata expression over `input` (the answer body) with `bindings`; injected so this stays pure. */
export type TEvaluate = (expression: string, input: unknown, bindings: Record<string, unknown>) => Promise<unknown>;

/** Order-insensitive for object keys, exact for everything else: what "equals" means to a person reading JSON. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a))
    return a.length === (b as unknown[]).length && a.every((v, i) => deepEqual(v, (b as unknown[])[i]));
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const OP_WORDS: Record<TAssertion["op"], string> = {
  equals: "equals",
  notEquals: "does not equal",
  isTrue: "is true",
  exists: "exists",
  notExists: "does not exist",
  contains: "contains",
  matches: "matches",
  greaterThan: ">",
  lessThan: "<",
};

export function assertionLabel(a: TAssertion): string {
  return a.op === "isTrue" || a.op === "exists" || a.op === "notExists"
    ? `${a.expression} ${OP_WORDS[a.op]}`
    : `${a.expression} ${OP_WORDS[a.op]} ${show(a.value)}`;
}

/** Whether `actual` meets the assertion's comparison; a bad regular expression throws. */
export function compare(op: TAssertion["op"], actual: unknown, value: unknown): boolean {
  switch (op) {
    case "equals":
      return deepEqual(actual, value);
    case "notEquals":
      return !deepEqual(actual, value);
    case "isTrue":
      return actual === true;
    case "exists":
      return actual !== undefined && actual !== null;
    case "notExists":
      return actual === undefined || actual === null;
    case "contains":
      if (typeof actual === "string") return actual.includes(typeof value === "string" ? value : JSON.stringify(value));
      if (Array.isArray(actual)) return actual.some((item) => deepEqual(item, value));
      return false;
    case "matches":
      return typeof actual === "string" && new RegExp(String(value)).test(actual);
    case "greaterThan":
      return (typeof actual === "number" && typeof value === "number") ||
        (typeof actual === "string" && typeof value === "string")
        ? actual > value
        : false;
    case "lessThan":
      return (typeof actual === "number" && typeof value === "number") ||
        (typeof actual === "string" && typeof value === "string")
        ? actual < value
        : false;
  }
}

/** The records a run wrote: its committed changes, or in a dry run what the trace says it would have written. */
export function recordWrites(trace: readonly TTraceEntry[], committed?: readonly TPendingRecord[]): TRecordWrite[] {
  if (committed) return committed.map((r) => ({ table: r.table, op: r.op, record: r.data }));
  const writes: TRecordWrite[] = [];
  for (const entry of trace) {
    const out = entry.output as
      | {
          wouldWrite?: { table: string; op?: "insert" | "update"; record?: unknown; after?: unknown };
          wouldDelete?: { table: string; record: unknown };
        }
      | undefined;
    if (!out || typeof out !== "object") continue;
    if (out.wouldWrite)
      writes.push({
        table: out.wouldWrite.table,
        op: out.wouldWrite.op ?? "insert",
        record: out.wouldWrite.record ?? out.wouldWrite.after,
      });
    if (out.wouldDelete) writes.push({ table: out.wouldDelete.table, op: "delete", record: out.wouldDelete.record });
  }
  return writes;
}

function nodeRun(trace: readonly TTraceEntry[], nodeId: string): string {
  const entries = trace.filter((e) => e.nodeId === nodeId);
  if (entries.length === 0) return "did not run";
  const failed = entries.find((e) => e.status === "error");
  if (failed) return `ran, failed: ${failed.error ?? "error"}`;
  const times = entries.length > 1 ? ` ${entries.length} times` : "";
  return entries.every((e) => e.status === "skipped") ? `ran${times} (dry run: skipped)` : `ran${times}`;
}

async function checkAssertion(a: TAssertion, outcome: TCaseOutcome, evaluate: TEvaluate): Promise<TExpectationResult> {
  const base = { kind: "assertion" as const, label: assertionLabel(a), expected: a.op === "isTrue" ? true : a.value };
  let actual: unknown;
  try {
    actual = await evaluate(a.expression, outcome.body, {
      body: outcome.body,
      status: outcome.status,
      headers: outcome.headers,
    });
  } catch (err) {
    return { ...base, passed: false, actual: undefined, message: `could not evaluate: ${(err as Error).message}` };
  }
  try {
    return { ...base, passed: compare(a.op, actual, a.value), actual };
  } catch (err) {
    return { ...base, passed: false, actual, message: (err as Error).message };
  }
}

/**
 * Checks a case's expectations against what its run did, each with the actual value. Pure: the expression
 * evaluator is passed in.
 */
export async function evaluateExpectations(
  expect: TExpectations,
  outcome: TCaseOutcome,
  evaluate: TEvaluate,
): Promise<TExpectationResult[]> {
  const results: TExpectationResult[] = [];
  if (expect.status !== null) {
    results.push({
      kind: "status",
      label: "status",
      passed: outcome.status === expect.status,
      expected: expect.status,
      actual: outcome.status,
    });
  }
  for (const a of expect.assertions) results.push(await checkAssertion(a, outcome, evaluate));
  for (const nodeId of expect.ran) {
    const actual = nodeRun(outcome.trace, nodeId);
    results.push({
      kind: "ran",
      label: `node ${nodeId} runs`,
      passed: actual !== "did not run",
      expected: "runs",
      actual,
    });
  }
  for (const nodeId of expect.notRan) {
    const actual = nodeRun(outcome.trace, nodeId);
    results.push({
      kind: "notRan",
      label: `node ${nodeId} does not run`,
      passed: actual === "did not run",
      expected: "does not run",
      actual,
    });
  }
  for (const r of expect.records) {
    const count = outcome.writes.filter((w) => w.table === r.table && (r.op === "any" || w.op === r.op)).length;
    const what = r.op === "any" ? "change" : r.op;
    results.push({
      kind: "records",
      label: `${what}s in ${r.table}`,
      passed: count === r.count,
      expected: r.count,
      actual: count,
    });
  }
  return results;
}
