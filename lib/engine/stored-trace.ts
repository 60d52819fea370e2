import { containsSecret } from "./redact";
import type { TTraceEntry, TTraceStatus } from "./types";

/**
 * How a run's trace is kept in the history. The public shape (TTraceEntry) repeats what every entry shares: the
 * node's type, a full ISO start time, long key names, and for `getRawInput` the whole parsed body that the history
 * row already holds. Writing the trace is a large share of the public URL's cost, so the stored form says each
 * thing once: short keys, start times as milliseconds after `t0`, node types in one map, and `ob` in place of
 * an output that is the request body itself. `decodeTrace` gives the public shape back, and reads the older
 * stored form (a plain array of entries) too.
 */
export type TStoredStep = {
  /** nodeId */
  n: string;
  /** status, when not "ok" */
  s?: Exclude<TTraceStatus, "ok">;
  /** started, in ms after the trace's t0 */
  t: number;
  /** durationMs */
  d: number;
  i?: Record<string, unknown>;
  o?: unknown;
  /** The output is the request body, read with this encoding: re-read from the stored body. */
  ob?: TBodyEncoding;
  /** handle: omitted for "next"; null when the node answered (no handle) */
  h?: string | null;
  e?: string;
  /** iteration */
  it?: number;
  /** iterationPath */
  ip?: number[];
};

export type TBodyEncoding = "json" | "text";

export type TStoredTrace = { v: 2; t0: number; types: Record<string, string>; steps: TStoredStep[] };

export function decodeTrace(text: string | null, body: string): TTraceEntry[] {
  let stored: unknown;
  try {
    stored = JSON.parse(text ?? "[]");
  } catch {
    return [];
  }
  if (Array.isArray(stored)) return stored as TTraceEntry[];
  if (!isStoredTrace(stored)) return [];
  let parsedBody: unknown;
  const bodyAs = (encoding: TBodyEncoding) => {
    if (encoding === "text") return body;
    try {
      return (parsedBody ??= JSON.parse(body));
    } catch {
      return undefined;
    }
  };
  return stored.steps.map((step) => {
    const entry: TTraceEntry = {
      nodeId: step.n,
      type: Object.hasOwn(stored.types, step.n) ? stored.types[step.n]! : "unknown",
      status: step.s ?? "ok",
      startedAt: new Date(stored.t0 + step.t).toISOString(),
      durationMs: step.d,
      input: step.i ?? {},
    };
    if (step.ob !== undefined) entry.output = bodyAs(step.ob);
    else if ("o" in step) entry.output = step.o;
    const handle = step.h === null ? undefined : (step.h ?? (entry.status === "error" ? undefined : "next"));
    if (handle !== undefined) entry.handle = handle;
    if (step.e !== undefined) entry.error = step.e;
    if (step.it !== undefined) entry.iteration = step.it;
    if (step.ip !== undefined) entry.iterationPath = step.ip;
    return entry;
  });
}

function isStoredTrace(value: unknown): value is TStoredTrace {
  const v = value as Partial<TStoredTrace> | null;
  return (
    v !== null &&
    typeof v === "object" &&
    v.v === 2 &&
    typeof v.t0 === "number" &&
    Array.isArray(v.steps) &&
    typeof v.types === "object" &&
    v.types !== null
  );
}

/**
 * Whether a trace may refer to the stored body instead of repeating it: only when the history keeps the body
 * whole, and the body holds nothing redaction would have masked in the repeated copy (no secret, and for JSON no
 * escape sequence that could spell one).
 */
export function bodyReferable(
  encoding: TBodyEncoding,
  body: string,
  storedWhole: boolean,
  secrets: readonly string[],
): boolean {
  if (!storedWhole || (encoding === "json" && body.includes("\\"))) return false;
  return !containsSecret(body, secrets);
}
