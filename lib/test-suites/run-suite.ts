import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { checkGraph } from "@/lib/endpoints/check-graph";
import { findEndpointRow, type TEndpointRow } from "@/lib/endpoints/endpoint-view";
import { ZGraphBody } from "@/lib/endpoints/schemas";
import { compilePlan } from "@/lib/engine/plan";
import type { TGraph } from "@/lib/graph/schema";
import { notFound } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/runtime";
import { loadWorkspaceData } from "@/lib/runtime/workspace-data";
import { effectiveLimits, effectiveMaxBodyBytes, parseSettings } from "@/lib/settings/endpoint-settings";
import { MAX_TEST_CASES, type TTestCaseView } from "@/lib/test-cases/schema";
import type { TSuiteResult } from "@/lib/test-cases/types";
import { runCase } from "./run-case";
import { findTestRows, toTestCase } from "./test-case-row";

export const ZRunTestsBody = z.strictObject({
  /** The cases to run; all of them when omitted. */
  testIds: z.array(z.string().min(1).max(100)).max(MAX_TEST_CASES).optional(),
  /** Dry run (the default): nothing is written or sent, and no history is kept. */
  dryRun: z.boolean({ error: "dryRun must be true or false" }).default(true),
  /** Editor extension: run the cases on this unsaved graph instead of the saved draft. */
  graph: ZGraphBody.optional(),
});

export type TRunTestsBody = z.output<typeof ZRunTestsBody>;

export type RunTestsOptions = Partial<TRunTestsBody> & {
  workspaceId: string;
  endpointId: string;
  origin: string;
  ip: string;
};

/** Runs cases on a graph, one after the other (a suite's result must not depend on timing). */
export async function runSuiteOn(o: {
  workspaceId: string;
  row: Pick<TEndpointRow, "id" | "settings">;
  graph: TGraph;
  tests: readonly TTestCaseView[];
  dryRun: boolean;
  origin: string;
  ip: string;
}): Promise<TSuiteResult> {
  const started = performance.now();
  const runtime = getRuntime();
  const settings = parseSettings(o.row.settings);
  const limits = effectiveLimits(settings, runtime.config);
  const ctx = {
    runtime,
    workspaceId: o.workspaceId,
    workspace: await loadWorkspaceData(runtime, o.workspaceId),
    endpointId: o.row.id,
    graph: o.graph,
    plan: compilePlan(o.graph, limits.expression),
    limits,
    maxBodyBytes: effectiveMaxBodyBytes(settings, runtime.config),
    dryRun: o.dryRun,
    origin: o.origin,
    ip: o.ip,
  };
  const results = [];
  for (const test of o.tests) results.push(await runCase(ctx, test));
  const passed = results.filter((r) => r.passed).length;
  return {
    total: results.length,
    passed,
    failed: results.length - passed,
    dryRun: o.dryRun,
    durationMs: Math.round(performance.now() - started),
    results,
  };
}

/**
 * Runs the endpoint's suite (or the cases named) on its draft, or on an unsaved graph. A draft with errors cannot
 * run: the answer is the validator's 400, as for a test run.
 */
export async function runTests(o: RunTestsOptions): Promise<TSuiteResult> {
  const db = getDb();
  const row = await findEndpointRow(db, o.workspaceId, o.endpointId);
  const { graph } = checkGraph(o.graph === undefined ? JSON.parse(row.draftGraph) : o.graph);
  let tests = (await findTestRows(db, o.workspaceId, o.endpointId)).map(toTestCase);
  if (o.testIds) {
    const byId = new Map(tests.map((t) => [t.id, t]));
    tests = o.testIds.map((id) => {
      const test = byId.get(id);
      if (!test) throw notFound(`test "${id}"`);
      return test;
    });
  }
  return runSuiteOn({
    workspaceId: o.workspaceId,
    row,
    graph,
    tests,
    dryRun: o.dryRun ?? true,
    origin: o.origin,
    ip: o.ip,
  });
}
