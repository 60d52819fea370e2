import type { TPlan } from "@/lib/engine/plan";
import type { TRunServices } from "@/lib/engine/services";
import type { TRequestInfo, TRunLimits } from "@/lib/engine/types";
import type { TWorkspaceData } from "@/lib/runtime/caches";
import type { TRuntime } from "@/lib/runtime/runtime";
import { createDedupeService } from "./dedupe-service";
import { presentedTokens } from "./presented-tokens";

/** The secrets a run masks: the workspace's env values and any token presented to a verifyToken check. */
export function runSecrets(plan: TPlan, request: TRequestInfo, workspace: TWorkspaceData): readonly string[] {
  const tokens = presentedTokens(plan, request);
  return tokens.length ? [...workspace.secrets, ...tokens] : workspace.secrets;
}

/**
 * What one run reaches outside the engine (tables, records, outbound calls, dedupe keys), on the main thread; an
 * isolated run's worker reaches the same through it (lib/runs/isolation/run-pool.ts). `fetch` is the caller's: a
 * committed run sends for real, a dry test run refuses.
 */
export function runServices(o: {
  runtime: TRuntime;
  workspace: TWorkspaceData;
  endpointId: string;
  requestId: string;
  limits: TRunLimits;
  fetch: TRunServices["fetch"];
}) {
  const { runtime, workspace } = o;
  const dedupe = createDedupeService({
    store: runtime.store,
    endpointId: o.endpointId,
    requestId: o.requestId,
    deadline: Date.now() + o.limits.runTimeoutMs,
    staleAfterMs: o.limits.runTimeoutMs + 5_000,
    isRunning: (id) => runtime.liveRuns.has(id),
  });
  const services: TRunServices = {
    findTable: async (name) => workspace.tables.get(name),
    isUniqueValueTaken: (tableId, field, value) => runtime.store.isUniqueValueTaken(tableId, field, value),
    records: runtime.store.records,
    fetch: o.fetch,
    dedupe: dedupe.service,
  };
  return { services, dedupe };
}
