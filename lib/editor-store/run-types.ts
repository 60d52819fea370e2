import type { TTraceEntry, TTraceStatus } from "@/lib/engine/types";
import type { TPresentedEndpoint } from "@/lib/endpoints/present-endpoint";
import type { TSignedHeaders } from "@/lib/endpoints/sign-for-graph";
import type { TListRequestsQuery, TRequestPage } from "@/lib/history/list-requests";
import { ACTIVE_STATES } from "@/lib/history/retention-policy";
import type { TRetried } from "@/lib/history/retry-request";

export type { TTraceEntry, TTraceStatus };

export type TRunResponse = { status: number | null; headers: Record<string, string>; body: unknown };

/** A request as the history keeps it (GET /endpoints/{id}/requests): the server's view type, types only. */
import type { TRequestView } from "@/lib/history/request-view";

export type TRequestEntry = TRequestView;

/** What the test route and the replay route answer: the server's types, types only. */
import type { TTestRun } from "@/lib/endpoints/run-for-answer";
import type { TReplayRun } from "@/lib/history/replay-request";

export type TTestRunAnswer = TTestRun;
export type TReplayAnswer = TReplayRun;

/** Where a run shown on the canvas came from. */
export type TRunKind = "test" | "replay" | "live" | "history";

/** One run as the editor shows it: on the canvas (trace) and in the test panel (request and response). */
export type TRunView = {
  kind: TRunKind;
  requestId: string;
  response: TRunResponse;
  trace: TTraceEntry[];
  durationMs: number;
  error: { nodeId?: string; message: string } | null;
  /** The version that ran; null for the draft. */
  version: number | null;
  isDryRun: boolean;
  receivedAt: string;
  request?: {
    method: string;
    headers: Record<string, string>;
    body: string;
    path?: string;
    query?: Record<string, string | string[]>;
    ip?: string;
    receivedAt?: string;
  };
  /** Background runs: queued · running · retrying · succeeded · failed. */
  state?: string;
  /** For replays: the request run again, and the headers the history had redacted. */
  replayOf?: string;
  redactedHeaders?: string[];
  /** The replay was signed again with the endpoint's secret. */
  isResigned?: boolean;
};

/** A background run still being worked on (queued, running, retrying): it has no final answer yet. */
export function isRunPending(state: string | undefined): boolean {
  return state !== undefined && (ACTIVE_STATES as readonly string[]).includes(state);
}

/** The query of the history list: the server's own, every part optional (its defaults apply). */
export type THistoryQuery = Partial<TListRequestsQuery>;

/** The server calls the test panel and the history make, answering the server's own types; injected so store tests run without HTTP. */
export type TRunApi = {
  testRun(endpointId: string, body: Record<string, unknown>): Promise<TTestRunAnswer>;
  sign(endpointId: string, body: Record<string, unknown>): Promise<TSignedHeaders>;
  replay(endpointId: string, requestId: string, body: Record<string, unknown>): Promise<TReplayAnswer>;
  listRequests(endpointId: string, query: THistoryQuery): Promise<TRequestPage>;
  /** Replaces the endpoint's settings (PATCH /endpoints/{id}); answers the endpoint with the settings stored. */
  updateSettings(endpointId: string, settings: Record<string, unknown>): Promise<TPresentedEndpoint>;
  retry(endpointId: string, requestId: string): Promise<TRetried>;
  /** The URL of the live-request event stream. */
  listenUrl(endpointId: string, since?: string): string;
};
