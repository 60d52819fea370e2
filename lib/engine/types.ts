import { DEFAULT_EXPRESSION_LIMITS, type TExpressionLimits } from "@/lib/expressions/limits";
import { LIMIT_DEFAULTS } from "@/lib/limits";
import type { TPendingEvent } from "./events";
import type { TPendingRecord } from "@/lib/records/types";

/** `$request` as a stack sees it: header names lower-case, `body` the exact raw text received. */
export type TRequestInfo = {
  /** The full URL the sender used (public base URL + path + query), for URL-signing providers. */
  url: string;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  ip: string;
  receivedAt: string;
  body: string;
};

export type THttpResponse = { status: number; headers: Record<string, string>; body: unknown };

export type TTraceStatus = "ok" | "error" | "skipped";

export type TTraceEntry = {
  nodeId: string;
  type: string;
  status: TTraceStatus;
  startedAt: string;
  durationMs: number;
  /** The evaluated config values the node ran with (secrets redacted). */
  input?: Record<string, unknown>;
  output?: unknown;
  /** The output handle the run left by. */
  handle?: string;
  error?: string;
  /** Index of the innermost `forEach` item this entry ran for. */
  iteration?: number;
  /** Indexes of every enclosing `forEach`, outermost first, when loops are nested. */
  iterationPath?: number[];
};

export type TRunLimits = {
  /** Node executions per run, loop iterations included. */
  maxSteps: number;
  /** Items one `forEach` may iterate over. */
  maxIterations: number;
  /** Wall time for the whole run. */
  runTimeoutMs: number;
  expression: TExpressionLimits;
  /** Bytes of an `externalRequest` answer that are read; a larger answer fails the node. */
  maxResponseBytes: number;
  /** Nesting depth a parsed request body may have. */
  maxJsonDepth: number;
};

export const DEFAULT_RUN_LIMITS: TRunLimits = {
  maxSteps: LIMIT_DEFAULTS.maxSteps,
  maxIterations: LIMIT_DEFAULTS.maxIterations,
  runTimeoutMs: LIMIT_DEFAULTS.runTimeoutMs,
  expression: DEFAULT_EXPRESSION_LIMITS,
  maxResponseBytes: LIMIT_DEFAULTS.maxResponseBytes,
  maxJsonDepth: LIMIT_DEFAULTS.maxJsonDepth,
};

/** Record changes a run made (lib/records/types.ts); written when the run ends, all together, or not at all. */
export type { TPendingRecord };

export type TRunResult = {
  response: THttpResponse;
  /** One entry per node execution, secrets masked: `traceJson` decoded when read (the hot path never reads it). */
  readonly trace: TTraceEntry[];
  /** The trace in its stored form (lib/engine/stored-trace.ts), as the history keeps it. */
  traceJson: string;
  /** Set when the run ended on an error (a failing node or a limit). */
  error?: { nodeId?: string; message: string };
  records: TPendingRecord[];
  events: TPendingEvent[];
  durationMs: number;
};
