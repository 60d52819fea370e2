import { setTimeout as sleep } from "node:timers/promises";
import { runPlan, runResult } from "@/lib/engine/run-plan";
import type { TPlan } from "@/lib/engine/plan";
import type { TRequestInfo, TRunLimits, TRunResult } from "@/lib/engine/types";
import { redactJsonText } from "@/lib/engine/redact";
import type { TRuntime } from "@/lib/runtime/runtime";
import type { TRequestLogRow } from "@/lib/run-store/types";
import { newId } from "@/lib/ids";
import { runSecrets, runServices } from "./run-services";
import { redactHeaders, redactQuery } from "./redact-headers";
import { runEvents } from "@/lib/webhooks/run-events";
import { deliveriesQueued } from "@/lib/webhooks/wake";
import { serializeResponse, type TWireResponse } from "./serialize-response";

/** How the run is kept: a new history row, or the row of a queued background job. */
export type TPersistence = { kind: "direct" } | { kind: "job"; jobId: string; workerId: string; attempts: number };

export type TExecuteRunInput = {
  runtime: TRuntime;
  workspaceId: string;
  workspaceRevision: number;
  endpointId: string;
  versionId: string | null;
  plan: TPlan;
  request: TRequestInfo;
  /** The body's exact bytes, when they are not valid UTF-8 (see lib/ingress/handle-hook.ts). */
  rawBody?: Buffer;
  limits: TRunLimits;
  source: TRequestLogRow["source"];
  dryRun?: boolean;
  persistence?: TPersistence;
};

/** Runs of one request when its commit keeps losing to concurrent runs that change the same records. */
export const MAX_RUN_ATTEMPTS = 20;
/** Spreads the runs that lost a race, so they do not collide again in step. */
const RETRY_JITTER_MS = 4;

export type TExecutedRun = {
  requestId: string;
  result: TRunResult;
  wire: TWireResponse;
  log: TRequestLogRow;
  committed: boolean;
};

export function clipText(text: string, max: number): { text: string; truncated: boolean } {
  if (Buffer.byteLength(text) <= max) return { text, truncated: false };
  return { text: Buffer.from(text).subarray(0, max).toString("utf8"), truncated: true };
}

/** A history row's answer columns, from the answer sent (its body clipped to `maxBodyBytes`, secrets masked). */
export function answerColumns(
  wire: TWireResponse,
  maxBodyBytes = Infinity,
  secrets: readonly string[] = [],
): Pick<TRequestLogRow, "status" | "responseHeaders" | "responseBody"> {
  return {
    status: wire.status,
    responseHeaders: redactJsonText(JSON.stringify(wire.headers), secrets),
    responseBody: redactJsonText(clipText(wire.body, maxBodyBytes).text, secrets),
  };
}

/** The history row for a request, before (or without) a run: what was received. */
export function requestLogRow(o: {
  id: string;
  endpointId: string;
  workspaceId: string;
  versionId: string | null;
  source: TRequestLogRow["source"];
  request: TRequestInfo;
  historyBytes: number;
  /** Env values to mask wherever they appear in the stored headers. */
  secrets: readonly string[];
}): TRequestLogRow {
  const body = clipText(o.request.body, o.historyBytes);
  return {
    id: o.id,
    endpointId: o.endpointId,
    workspaceId: o.workspaceId,
    versionId: o.versionId,
    source: o.source,
    method: o.request.method,
    path: o.request.path,
    query: redactJsonText(JSON.stringify(redactQuery(o.request.query)), o.secrets),
    headers: redactJsonText(JSON.stringify(redactHeaders(o.request.headers)), o.secrets),
    ip: o.request.ip,
    body: body.text,
    bodySize: Buffer.byteLength(o.request.body),
    bodyTruncated: body.truncated,
    receivedAt: Date.parse(o.request.receivedAt),
    status: 0,
    responseHeaders: "{}",
    responseBody: "",
    trace: "[]",
    durationMs: 0,
    error: null,
    state: "queued",
    attempts: 0,
    acceptedStatus: null,
  };
}

/**
 * Runs a plan for one request and keeps it: the run's record changes, its dedupe keys and its history row are
 * written in one transaction, so a failed run changes no records but is still in the history. When another run
 * changed the same records first (optimistic concurrency: lib/records/session.ts), the commit is refused and the
 * request runs again on the new data, unless it already sent an outbound request.
 */
export async function executeRun(input: TExecuteRunInput): Promise<TExecutedRun> {
  const { runtime } = input;
  const persistence = input.persistence ?? { kind: "direct" };
  const workspace = await runtime.workspaces.get(runtime.store, input.workspaceId, input.workspaceRevision);
  const requestId = persistence.kind === "job" ? persistence.jobId : newId("req");
  const historyBytes = runtime.config.HOOKSTACK_HISTORY_BODY_BYTES;
  // A token presented to a verifyToken check is masked like an env secret, wherever the run shows it.
  const secrets = runSecrets(input.plan, input.request, workspace);
  const run = {
    requestId,
    request: input.request,
    rawBody: input.rawBody,
    env: workspace.env,
    secrets,
    limits: input.limits,
    dryRun: input.dryRun ?? false,
    bodyStoredWhole: Buffer.byteLength(input.request.body) <= historyBytes,
    traceChars: runtime.config.HOOKSTACK_HISTORY_TRACE_CHARS,
  };
  // Conflicts are retried only while the request's own run time lasts: a hot record cannot hold a request forever.
  const retryUntil = Date.now() + input.limits.runTimeoutMs;
  runtime.liveRuns.add(requestId);
  try {
    for (let attempt = 1; ; attempt++) {
      // Set when the run sent a request out: running it again would send it twice, so a conflict then fails it.
      let hasSent = false;
      const { services, dedupe } = runServices({
        runtime,
        workspace,
        endpointId: input.endpointId,
        requestId,
        limits: input.limits,
        fetch: (request) => {
          hasSent = true;
          return runtime.fetch(request);
        },
      });
      // Stacks on the compiled fast path are bounded by construction and run here; any other is isolated in a worker.
      const result = input.plan.needsEvaluator
        ? runResult(await runtime.runs.run({ ...run, plan: input.plan.source }, services), input.request.body)
        : await runPlan({ ...run, plan: input.plan, services });
      let wire = serializeResponse(result.response);
      const log: TRequestLogRow = {
        ...requestLogRow({
          id: requestId,
          endpointId: input.endpointId,
          workspaceId: input.workspaceId,
          versionId: input.versionId,
          source: input.source,
          request: input.request,
          historyBytes,
          secrets,
        }),
        ...answerColumns(wire, historyBytes, secrets),
        trace: result.traceJson,
        durationMs: result.durationMs,
        error: result.error ? JSON.stringify(result.error) : null,
        state: result.error ? "failed" : "succeeded",
        attempts: persistence.kind === "job" ? persistence.attempts : 1,
      };
      if (result.error) {
        // A failed run keeps no claim, so the provider's retry (or ours) can run it again.
        await runtime.store.releaseDedupeKeys(input.endpointId, dedupe.claimed, requestId);
        if (persistence.kind === "job") return { requestId, result, wire, log, committed: false };
      }
      const committed = await runtime.store.commitRun({
        log,
        logMode: persistence.kind === "job" ? "update" : "insert",
        records: result.records,
        dedupe: dedupe.claimed.length ? { keys: dedupe.claimed, response: JSON.stringify(result.response) } : undefined,
        job: persistence.kind === "job" ? { id: persistence.jobId, workerId: persistence.workerId } : undefined,
        events: runEvents({
          workspaceId: input.workspaceId,
          endpointId: input.endpointId,
          requestId,
          result,
          status: wire.status,
          isLive: input.source !== "test" && !input.dryRun,
        }),
      });
      if (!committed.ok && committed.retry && !hasSent && attempt < MAX_RUN_ATTEMPTS && Date.now() < retryUntil) {
        // Another run changed the same records first: run again on what it wrote (nothing of this run was kept).
        await runtime.store.releaseDedupeKeys(input.endpointId, dedupe.claimed, requestId);
        await sleep(Math.random() * RETRY_JITTER_MS * attempt);
        continue;
      }
      if (!committed.ok) {
        // Refused as a whole (a unique value taken meanwhile, or a job lease lost): the caller gets the error.
        await runtime.store.releaseDedupeKeys(input.endpointId, dedupe.claimed, requestId);
        result.error = { message: committed.message };
        result.records = [];
        wire = serializeResponse({ status: 500, headers: {}, body: { error: committed.message, requestId } });
        Object.assign(log, { ...answerColumns(wire), error: JSON.stringify(result.error), state: "failed" });
        if (persistence.kind === "direct") await runtime.store.insertLog(log);
        return { requestId, result, wire, log, committed: false };
      }
      // Only when a subscription matched: with none, waking the delivery worker would only cost it a query.
      if (committed.deliveries) deliveriesQueued();
      return { requestId, result, wire, log, committed: true };
    }
  } finally {
    runtime.liveRuns.delete(requestId);
  }
}
