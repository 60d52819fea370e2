import { runPlan, runResult } from "@/lib/engine/run-plan";
import type { TPlan } from "@/lib/engine/plan";
import type { TRequestInfo, TRunLimits, TRunResult } from "@/lib/engine/types";
import { newId } from "@/lib/ids";
import type { TRuntime } from "@/lib/runtime/runtime";
import type { TWorkspaceData } from "@/lib/runtime/caches";
import { runSecrets, runServices } from "./run-services";

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
  const secrets = runSecrets(input.plan, input.request, workspace);
  const { services } = runServices({
    runtime,
    workspace,
    endpointId: input.endpointId,
    requestId,
    limits: input.limits,
    fetch: () => Promise.reject(new Error("a dry run sends nothing")),
  });
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
