import { buildTestRequest } from "@/lib/endpoints/build-test-request";
import { signForGraph } from "@/lib/endpoints/sign-for-graph";
import type { TPlan } from "@/lib/engine/plan";
import type { TRunLimits, TRunResult } from "@/lib/engine/types";
import type { TGraph } from "@/lib/graph/schema";
import { wireBody } from "@/lib/json/wire-body";
import { executeRun } from "@/lib/runs/execute-run";
import { runUncommitted } from "@/lib/runs/run-uncommitted";
import { serializeResponse } from "@/lib/runs/serialize-response";
import type { TWorkspaceData } from "@/lib/runtime/caches";
import type { TRuntime } from "@/lib/runtime/runtime";
import { evaluateExpectations, recordWrites } from "@/lib/test-cases/evaluate";
import { evaluateJsonata } from "@/lib/test-cases/jsonata-evaluate";
import type { TTestCaseView } from "@/lib/test-cases/schema";
import type { TCaseResult } from "@/lib/test-cases/types";

/** What every case of one suite run shares: the graph compiled once, the workspace's env and tables read once. */
export type TSuiteContext = {
  runtime: TRuntime;
  workspaceId: string;
  workspace: TWorkspaceData;
  endpointId: string;
  graph: TGraph;
  plan: TPlan;
  limits: TRunLimits;
  maxBodyBytes: number;
  dryRun: boolean;
  origin: string;
  ip: string;
};

const ms = (since: number) => Math.round((performance.now() - since) * 1000) / 1000;

/**
 * Runs one case as the test panel would (the same `$request`, signed by the same signer) and checks its
 * expectations. A dry run keeps nothing; a real run is committed and kept in the history like a test-panel run.
 * Never throws for the case's own problems: they fail the case with a message.
 */
export async function runCase(ctx: TSuiteContext, test: TTestCaseView): Promise<TCaseResult> {
  const started = performance.now();
  const { request: saved } = test;
  const request = buildTestRequest({
    ...saved,
    endpointId: ctx.endpointId,
    origin: ctx.origin,
    ip: ctx.ip,
    receivedAt: new Date(),
  });
  const base = {
    testId: test.id,
    name: test.name,
    dryRun: ctx.dryRun,
    response: null,
    trace: [],
    writes: [],
    expectations: [],
  };
  const sent = () => ({ method: request.method, headers: request.headers, query: request.query, body: request.body });
  if (Buffer.byteLength(request.body) > ctx.maxBodyBytes) {
    return {
      ...base,
      passed: false,
      error: `the body is larger than the endpoint's ${ctx.maxBodyBytes}-byte limit`,
      durationMs: ms(started),
      request: sent(),
    };
  }
  if (saved.sign) {
    try {
      Object.assign(
        request.headers,
        (await signForGraph({ graph: ctx.graph, env: ctx.workspace.env, request })).headers,
      );
    } catch (err) {
      return {
        ...base,
        passed: false,
        error: `could not sign the request: ${(err as Error).message}`,
        durationMs: ms(started),
        request: sent(),
      };
    }
  }
  let result: TRunResult;
  let requestId: string | undefined;
  if (ctx.dryRun) {
    result = await runUncommitted({
      runtime: ctx.runtime,
      workspace: ctx.workspace,
      endpointId: ctx.endpointId,
      plan: ctx.plan,
      request,
      limits: ctx.limits,
    });
  } else {
    const executed = await executeRun({
      runtime: ctx.runtime,
      workspaceId: ctx.workspaceId,
      workspaceRevision: ctx.workspace.revision,
      endpointId: ctx.endpointId,
      versionId: null,
      plan: ctx.plan,
      request,
      limits: ctx.limits,
      source: "test",
    });
    result = executed.result;
    requestId = executed.requestId;
  }
  const wire = serializeResponse(result.response);
  const response = { status: wire.status, headers: wire.headers, body: wireBody(wire.headers, wire.body) };
  const trace = result.trace;
  const writes = recordWrites(trace, ctx.dryRun ? undefined : result.records);
  const expectations = await evaluateExpectations(test.expect, { ...response, trace, writes }, evaluateJsonata);
  return {
    ...base,
    passed: expectations.every((e) => e.passed),
    durationMs: ms(started),
    request: sent(),
    response,
    trace,
    writes,
    expectations,
    ...(result.error ? { runError: result.error } : {}),
    ...(requestId ? { requestId } : {}),
  };
}
