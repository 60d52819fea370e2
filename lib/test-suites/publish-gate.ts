import { getDb } from "@/lib/db/client";
import { checkGraph } from "@/lib/endpoints/check-graph";
import { findEndpointRow } from "@/lib/endpoints/endpoint-view";
import { DomainError } from "@/lib/errors";
import { suiteRecord, type TCaseResult, type TSuiteRecord } from "@/lib/test-cases/types";
import { runSuiteOn } from "./run-suite";
import { findTestRows, toTestCase } from "./test-case-row";

export type PublishGateOptions = {
  workspaceId: string;
  endpointId: string;
  /** Publish although cases fail; recorded on the version. */
  override: boolean;
  origin: string;
  ip: string;
};

/** The draft the suite ran on (publishing must freeze that one) and what the version records of the run. */
export type TPublishGate = { draftGraph: string; suite: TSuiteRecord | null };

function firstFailure(result: TCaseResult): string {
  if (result.error) return result.error;
  const e = result.expectations.find((x) => !x.passed);
  if (!e) return "failed";
  return `${e.label}: expected ${JSON.stringify(e.expected)}, got ${e.actual === undefined ? "nothing" : JSON.stringify(e.actual)}${e.message ? ` (${e.message})` : ""}`;
}

/**
 * Runs the endpoint's suite on its draft (dry run) before it is published, and refuses while a case fails unless
 * the person overrides. An endpoint without cases publishes as before (its version records no suite).
 */
export async function publishGate(o: PublishGateOptions): Promise<TPublishGate> {
  const db = getDb();
  const row = await findEndpointRow(db, o.workspaceId, o.endpointId);
  const tests = (await findTestRows(db, o.workspaceId, o.endpointId)).map(toTestCase);
  if (tests.length === 0) return { draftGraph: row.draftGraph, suite: null };
  // A draft with errors is refused with them, by the same check publishing makes.
  const { graph } = checkGraph(JSON.parse(row.draftGraph));
  const result = await runSuiteOn({
    workspaceId: o.workspaceId,
    row,
    graph,
    tests,
    dryRun: true,
    origin: o.origin,
    ip: o.ip,
  });
  if (result.failed > 0 && !o.override) {
    const failing = result.results.filter((r) => !r.passed);
    throw new DomainError(
      "tests_failed",
      `${result.failed} of ${result.total} tests fail, so the draft was not published; fix them, or publish with overrideTests: true (the override is recorded on the version)`,
      { errors: failing.map((r) => ({ path: `tests.${r.testId}`, message: `${r.name}: ${firstFailure(r)}` })) },
    );
  }
  return { draftGraph: row.draftGraph, suite: suiteRecord(result, o.override, new Date()) };
}
