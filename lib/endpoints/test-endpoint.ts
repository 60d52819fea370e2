import { DomainError } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { compilePlan } from "@/lib/engine/plan";
import { getRuntime } from "@/lib/runtime/runtime";
import { buildTestRequest, type TTestEndpointBody } from "./build-test-request";
import { checkGraph } from "./check-graph";
import { findEndpointRow, type TEndpointRow } from "./endpoint-view";
import { runForAnswer, type TTestRun } from "./run-for-answer";
import { effectiveLimits, effectiveMaxBodyBytes, parseSettings } from "@/lib/settings/endpoint-settings";

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

export type { TTestRun };

/**
 * Runs the draft (or an unsaved graph) on a request as if it came to the public URL, and keeps it in the history
 * as a `test` request. `dryRun` skips every side effect: no records written, nothing sent.
 */
export async function testEndpoint(o: TestEndpointOptions): Promise<TTestRun> {
  return testEndpointRow(await findEndpointRow(getDb(), o.workspaceId, o.id), o);
}

/** `testEndpoint` for an endpoint whose row the caller has already read (a replay of one of its requests). */
export async function testEndpointRow(row: TEndpointRow, o: Omit<TestEndpointOptions, "id">): Promise<TTestRun> {
  const { graph } = checkGraph(o.graph === undefined ? JSON.parse(row.draftGraph) : o.graph);
  const runtime = getRuntime();
  const settings = parseSettings(row.settings);
  const request = buildTestRequest({ ...o, endpointId: row.id, receivedAt: new Date() });
  const maxBody = effectiveMaxBodyBytes(settings, runtime.config);
  if (Buffer.byteLength(request.body) > maxBody) {
    throw new DomainError("payload_too_large", `the test body is larger than the endpoint's ${maxBody}-byte limit`);
  }
  const limits = effectiveLimits(settings, runtime.config);
  return runForAnswer({
    runtime,
    workspaceId: o.workspaceId,
    endpointId: row.id,
    versionId: null,
    graph,
    plan: compilePlan(graph, limits.expression),
    request,
    limits,
    source: o.source ?? "test",
    dryRun: o.dryRun,
    resign: o.resign,
  });
}
