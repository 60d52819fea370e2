import type { TPlan } from "@/lib/engine/plan";
import type { TRequestInfo, TRunLimits, TRunResult } from "@/lib/engine/types";

/** One run, as a worker receives it: everything runPlan needs except the services, which stay on this side. */
export type TIsolatedRun = {
  plan: TPlan["source"];
  requestId: string;
  request: TRequestInfo;
  rawBody?: Uint8Array;
  env: Readonly<Record<string, string>>;
  secrets: readonly string[];
  limits: TRunLimits;
  dryRun: boolean;
  bodyStoredWhole: boolean;
  traceChars: number;
};

/** What a run hands back: TRunResult without the lazily decoded trace. */
export type TRunOutcome = Pick<TRunResult, "response" | "traceJson" | "error" | "records" | "events" | "durationMs">;

/** The run services a worker reaches through the main thread (lib/engine/services.ts), one name each. */
export type TServiceMethod =
  "findTable" | "isUniqueValueTaken" | "fetch" | "claim" | "peek" | "getRecord" | "findUniqueRecord" | "queryRecords";

/** An error crossing the thread boundary: enough to rebuild a NodeHalt (its status and headers) or a plain Error. */
export type TWireError = {
  name: string;
  message: string;
  status?: number;
  detail?: string;
  headers?: Record<string, string>;
  answer?: { body: unknown };
};

export type TToWorker =
  | { type: "run"; run: TIsolatedRun }
  | { type: "reply"; callId: number; ok: true; value: unknown }
  | { type: "reply"; callId: number; ok: false; error: TWireError };

export type TFromWorker =
  | { type: "ready"; threadId?: number }
  | { type: "call"; callId: number; method: TServiceMethod; args: unknown[] }
  | { type: "done"; outcome: TRunOutcome };
