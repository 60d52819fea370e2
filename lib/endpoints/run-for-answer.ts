import type { TPlan } from "@/lib/engine/plan";
import type { TRequestInfo, TRunLimits, TTraceEntry } from "@/lib/engine/types";
import type { TGraph } from "@/lib/graph/schema";
import { wireBody } from "@/lib/json/wire-body";
import type { TRuntime } from "@/lib/runtime/runtime";
import type { TRequestLogRow } from "@/lib/run-store/types";
import { executeRun } from "@/lib/runs/execute-run";
import { loadWorkspaceData } from "@/lib/runtime/workspace-data";
import { signForGraph } from "./sign-for-graph";

export type TTestRun = {
  requestId: string;
  response: { status: number; headers: Record<string, string>; body: unknown };
  trace: TTraceEntry[];
  durationMs: number;
  error?: { nodeId?: string; message: string };
};

export type RunForAnswerOptions = {
  runtime: TRuntime;
  workspaceId: string;
  endpointId: string;
  versionId: string | null;
  graph: TGraph;
  plan: TPlan;
  request: TRequestInfo;
  limits: TRunLimits;
  source: TRequestLogRow["source"];
  dryRun?: boolean;
  /** Adds fresh signature headers for the graph's `hmacVerify` node (stored requests have them redacted). */
  resign?: boolean;
};

/**
 * Runs a request started from the management API (a test or a replay), keeps it in the history, and answers
 * with the wire response's body parsed back, the trace and the time taken.
 */
export async function runForAnswer(o: RunForAnswerOptions): Promise<TTestRun> {
  // executeRun reads the same revision's data again, from the cache this fills.
  const workspace = await loadWorkspaceData(o.runtime, o.workspaceId);
  if (o.resign) {
    Object.assign(
      o.request.headers,
      (await signForGraph({ graph: o.graph, env: workspace.env, request: o.request })).headers,
    );
  }
  const { requestId, result, wire } = await executeRun({
    runtime: o.runtime,
    workspaceId: o.workspaceId,
    workspaceRevision: workspace.revision,
    endpointId: o.endpointId,
    versionId: o.versionId,
    plan: o.plan,
    request: o.request,
    limits: o.limits,
    source: o.source,
    dryRun: o.dryRun,
  });
  return {
    requestId,
    response: { status: wire.status, headers: wire.headers, body: wireBody(wire.headers, wire.body) },
    trace: result.trace,
    durationMs: result.durationMs,
    ...(result.error ? { error: result.error } : {}),
  };
}
