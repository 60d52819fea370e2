import { runPlan, runResult } from "@/lib/engine/run-plan";
import type { TRunServices } from "@/lib/engine/services";
import type { TPlan } from "@/lib/engine/plan";
import type { TRequestInfo, TRunLimits, TRunResult } from "@/lib/engine/types";
import { newId } from "@/lib/ids";
import type { TRuntime } from "@/lib/runtime/runtime";
import type { TWorkspaceData } from "@/lib/runtime/caches";
import { createDedupeService } from "./dedupe-service";
import { presentedTokens } from "./presented-tokens";

export type TUncommittedRunInput = {
  runtime: TRuntime;
  workspace: TWorkspaceData;
  endpointId: string;
  plan: TPlan;
  request: TRequestInfo;
  limits: TRunLimits;
};

/**
 * A dry run that keeps nothing, not even a history row: test suites run many cases at once and show their own
 * results. It reads what a dry run reads (tables, records, dedupe keys) and never writes, claims or sends, so
 * unlike executeRun it has no commit to retry. Stacks off the fast path run isolated, as everywhere.
 */
export async function runUncommitted(input: TUncommittedRunInput): Promise<TRunResult> {
  const { runtime, workspace } = input;
  const requestId = newId("req");
  const tokens = presentedTokens(input.plan, input.request);
  const secrets = tokens.length ? [...workspace.secrets, ...tokens] : workspace.secrets;
  const dedupe = createDedupeService({
    store: runtime.store,
    endpointId: input.endpointId,
    requestId,
    deadline: Date.now() + input.limits.runTimeoutMs,
    staleAfterMs: input.limits.runTimeoutMs + 5_000,
    isRunning: (id) => runtime.liveRuns.has(id),
  });
  const services: TRunServices = {
    findTable: async (name) => workspace.tables.get(name),
    isUniqueValueTaken: (tableId, field, value) => runtime.store.isUniqueValueTaken(tableId, field, value),
    records: runtime.store.records,
    fetch: () => Promise.reject(new Error("a dry run sends nothing")),
    dedupe: dedupe.service,
  };
  const run = {
    requestId,
    request: input.request,
    env: workspace.env,
    secrets,
    limits: input.limits,
    dryRun: true,
    bodyStoredWhole: true,
    traceChars: Infinity,
  };
  return input.plan.needsEvaluator
    ? runResult(await runtime.runs.run({ ...run, plan: input.plan.source }, services), input.request.body)
    : runPlan({ ...run, plan: input.plan, services });
}
