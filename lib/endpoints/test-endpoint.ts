import { AppError } from "@/lib/api/errors";
import { getDb } from "@/lib/db/client";
import { compilePlan } from "@/lib/engine/plan";
import type { TTraceEntry } from "@/lib/engine/types";
import { getHookRuntime } from "@/lib/hooks/runtime";
import { wireBody } from "@/lib/history/wire-body";
import { executeRun, type TExecutedRun } from "@/lib/runs/execute-run";
import { buildTestRequest, type TTestEndpointBody } from "./build-test-request";
import { checkGraph } from "./check-graph";
import { findEndpointRow } from "./endpoint-view";
import { effectiveLimits, effectiveMaxBodyBytes, parseSettings } from "./settings";
import { signForGraph } from "./sign-for-graph";

export type TestEndpointOptions = TTestEndpointBody & {
  workspaceId: string;
  id: string;
  origin: string;
  ip: string;
  /** How the history labels the run: `test` (the test panel) or `replay` (a stored request run again). */
  source?: "test" | "replay";
  /** Adds fresh signature headers for the stack's `hmacVerify` node (a replayed request's were redacted). */
  resign?: boolean;
};

export type TTestRun = {
  requestId: string;
  response: { status: number; headers: Record<string, string>; body: unknown };
  trace: TTraceEntry[];
  durationMs: number;
  error?: { nodeId?: string; message: string };
};

/** What the test and replay routes answer for one executed run: the wire answer with its body parsed back. */
export function toTestRun({ requestId, result, wire }: TExecutedRun): TTestRun {
  return {
    requestId,
    response: { status: wire.status, headers: wire.headers, body: wireBody(wire.headers, wire.body) },
    trace: result.trace,
    durationMs: result.durationMs,
    ...(result.error ? { error: result.error } : {}),
  };
}

/**
 * Runs the draft (or an unsaved graph) on a request as if it came to the public URL, and keeps it in the history
 * as a `test` request. `dryRun` skips every side effect: no records written, nothing sent.
 */
export async function testEndpoint(o: TestEndpointOptions): Promise<TTestRun> {
  const db = getDb();
  const row = await findEndpointRow(db, o.workspaceId, o.id);
  const { graph } = checkGraph(o.graph === undefined ? JSON.parse(row.draftGraph) : o.graph);
  const runtime = getHookRuntime();
  const settings = parseSettings(row.settings);
  const request = buildTestRequest({ ...o, endpointId: row.id, receivedAt: new Date() });
  const maxBody = effectiveMaxBodyBytes(settings, runtime.config);
  if (Buffer.byteLength(request.body) > maxBody) {
    throw new AppError("payload_too_large", `the test body is larger than the endpoint's ${maxBody}-byte limit`);
  }
  const limits = effectiveLimits(settings, runtime.config);
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: o.workspaceId }, select: { revision: true } });
  if (o.resign) {
    const { env } = await runtime.workspaces.get(runtime.store, o.workspaceId, workspace.revision);
    Object.assign(request.headers, (await signForGraph({ graph, env, request })).headers);
  }
  const executed = await executeRun({
    runtime,
    workspaceId: o.workspaceId,
    workspaceRevision: workspace.revision,
    endpointId: row.id,
    versionId: null,
    plan: compilePlan(graph, limits.expression),
    request,
    limits,
    source: o.source ?? "test",
    dryRun: o.dryRun,
  });
  return toTestRun(executed);
}
