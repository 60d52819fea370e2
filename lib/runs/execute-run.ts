import { runPlan } from "@/lib/engine/run-plan";
import type { TPlan } from "@/lib/engine/plan";
import type { TRequestInfo, TRunLimits, TRunResult } from "@/lib/engine/types";
import { createRedactor } from "@/lib/engine/redact";
import type { THookRuntime } from "@/lib/hooks/runtime";
import type { TRequestLogRow } from "@/lib/hooks/store/types";
import { newId } from "@/lib/ids";
import { emitRequestLogged } from "./events";
import { redactHeaders } from "./redact-headers";
import { serializeResponse, type TWireResponse } from "./serialize-response";

export type TExecuteRunInput = {
  runtime: THookRuntime;
  workspaceId: string;
  workspaceRevision: number;
  endpointId: string;
  versionId: string | null;
  plan: TPlan;
  request: TRequestInfo;
  limits: TRunLimits;
  source: TRequestLogRow["source"];
  dryRun?: boolean;
};

export type TExecutedRun = { requestId: string; result: TRunResult; wire: TWireResponse };

function clip(text: string, max: number): { text: string; truncated: boolean } {
  const bytes = Buffer.byteLength(text);
  if (bytes <= max) return { text, truncated: false };
  return { text: Buffer.from(text).subarray(0, max).toString("utf8"), truncated: true };
}

/**
 * Runs a plan for one request and keeps it: the run's records and its history row are written in one
 * transaction, so a failed run stores no records but is still in the history.
 */
export async function executeRun(input: TExecuteRunInput): Promise<TExecutedRun> {
  const { runtime } = input;
  const workspace = await runtime.workspaces.get(runtime.store, input.workspaceId, input.workspaceRevision);
  const requestId = newId("req");
  const result = await runPlan({
    plan: input.plan,
    requestId,
    request: input.request,
    env: workspace.env,
    limits: input.limits,
    dryRun: input.dryRun,
    services: {
      findTable: async (name) => workspace.tables.get(name),
      isUniqueValueTaken: (tableId, field, value) => runtime.store.isUniqueValueTaken(tableId, field, value),
      fetch: runtime.fetch,
    },
  });
  let wire = serializeResponse(result.response);
  const redact = createRedactor(Object.values(workspace.env));
  const historyBytes = runtime.config.HOOKSTACK_HISTORY_BODY_BYTES;
  const body = clip(input.request.body, historyBytes);
  const log: TRequestLogRow = {
    id: requestId,
    endpointId: input.endpointId,
    versionId: input.versionId,
    source: input.source,
    method: input.request.method,
    path: input.request.path,
    query: JSON.stringify(input.request.query),
    headers: JSON.stringify(redact(redactHeaders(input.request.headers))),
    ip: input.request.ip,
    body: body.text,
    bodySize: Buffer.byteLength(input.request.body),
    bodyTruncated: body.truncated,
    receivedAt: Date.parse(input.request.receivedAt),
    status: wire.status,
    responseHeaders: JSON.stringify(wire.headers),
    responseBody: clip(wire.body, historyBytes).text,
    trace: JSON.stringify(result.trace),
    durationMs: result.durationMs,
    error: result.error ? JSON.stringify(result.error) : null,
  };
  const committed = await runtime.store.commitRun(log, result.records);
  if (!committed.ok) {
    // The records were refused as a whole: the caller gets the error, the history keeps the attempt.
    result.error = { message: committed.message };
    result.records = [];
    wire = serializeResponse({ status: 500, headers: {}, body: { error: committed.message, requestId } });
    await runtime.store.insertLog({
      ...log,
      status: 500,
      responseHeaders: JSON.stringify(wire.headers),
      responseBody: wire.body,
      error: JSON.stringify(result.error),
    });
  }
  emitRequestLogged({ endpointId: input.endpointId, requestId, source: input.source });
  return { requestId, result, wire };
}
