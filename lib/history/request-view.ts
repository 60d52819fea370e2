import type { RequestLog } from "@/generated/sqlite/client";
import { decodeTrace } from "@/lib/engine/stored-trace";
import type { TTraceEntry } from "@/lib/engine/types";
import { wireBody } from "@/lib/json/wire-body";
import type { TFinalFailure } from "@/lib/queue/retry-policy";
import { endedWithoutResponse, failedCheck, parseReplayInfo, type TFailedCheck, type TReplayInfo } from "./run-outcome";

export type TRequestView = {
  id: string;
  source: string;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  ip: string;
  body: string;
  bodySize: number;
  bodyTruncated: boolean;
  receivedAt: string;
  status: number | null;
  response: { status: number | null; headers: Record<string, string>; body: unknown };
  trace: TTraceEntry[];
  durationMs: number;
  /** `final`: a background run not retried because no retry could change it (lib/queue/retry-policy.ts). */
  error: { nodeId?: string; message: string; final?: TFinalFailure } | null;
  /** Background requests: the status the caller got at once (`status` is how the run ended); null for direct runs. */
  acceptedStatus: number | null;
  /** The run ended without reaching a Response node: the caller got the default `200 {"ok":true}`. */
  endedWithoutResponse: boolean;
  /** The signature or token check the run failed, if any (a replay of it should not be re-signed blindly). */
  failedCheck: TFailedCheck | null;
  /** Replays: which request, whether re-signed, and whether the original had failed a check. */
  replay: TReplayInfo | null;
  /** The version that ran; null for test runs of the draft. */
  version: number | null;
  /** queued · running · retrying · succeeded · failed (background runs pass through the first three). */
  state: string;
  attempts: number;
};

/** A request_logs row as Prisma reads it (the hot path writes it as TRequestLogRow, with its own scalar types). */
export type TRequestRow = Omit<RequestLog, "endpointId">;

function parseOr<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** A history row with its JSON columns parsed; `body` stays the exact raw text received. */
export function toRequestView(row: TRequestRow, versionNumbers: ReadonlyMap<string, number>): TRequestView {
  const responseHeaders = parseOr<Record<string, string>>(row.responseHeaders, {});
  const error: TRequestView["error"] = row.error === null ? null : parseOr(row.error, { message: row.error });
  const trace = decodeTrace(row.trace, row.body);
  return {
    id: row.id,
    source: row.source,
    method: row.method,
    path: row.path,
    query: parseOr(row.query, {}),
    headers: parseOr(row.headers, {}),
    ip: row.ip,
    body: row.body,
    bodySize: row.bodySize,
    bodyTruncated: row.bodyTruncated,
    receivedAt: new Date(Number(row.receivedAt)).toISOString(),
    status: row.status,
    response: { status: row.status, headers: responseHeaders, body: wireBody(responseHeaders, row.responseBody) },
    trace,
    durationMs: row.durationMs,
    error,
    acceptedStatus: row.acceptedStatus ?? null,
    endedWithoutResponse: endedWithoutResponse(trace, error),
    failedCheck: failedCheck(trace, error),
    replay: parseReplayInfo(row.replay),
    version: row.versionId ? (versionNumbers.get(row.versionId) ?? null) : null,
    state: row.state,
    attempts: row.attempts,
  };
}
