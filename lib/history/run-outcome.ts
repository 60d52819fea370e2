import type { TTraceEntry } from "@/lib/engine/types";

/**
 * What a history row says about how its run ended, beyond its status: derived from the stored trace and error,
 * so it holds for every row already in the history. Pure and isomorphic (the history panel uses it too).
 */

/** A check whose failure means the request's credentials were refused. */
export type TFailedCheck = "signature" | "token";

/** A replay's bookkeeping, kept on its history row (`request_logs.replay`). */
export type TReplayInfo = {
  /** The request it replayed. */
  of: string;
  target: "draft" | "live";
  /** Whether it was signed again with the endpoint's secret before it ran. */
  resigned: boolean;
  /** The original failed this check: a replay that passes it now got past it only by being re-signed. */
  originalFailed?: TFailedCheck;
};

const CHECK_BY_TYPE: Record<string, TFailedCheck> = { hmacVerify: "signature", verifyToken: "token" };

/**
 * True when the run ended without any node answering (no Response node, no deliberate answer such as a dedupe's
 * stored one): the caller then got the default `200 {"ok":true}`. Unknown (false) when the trace was clipped.
 */
export function endedWithoutResponse(trace: readonly TTraceEntry[], error: unknown): boolean {
  if (error || trace.length === 0) return false;
  // A step that answered has no handle; a clipped trace ends with a marker step, and its end is not known.
  return !trace.some((e) => (e.status !== "error" && e.handle === undefined) || e.nodeId === "(trace clipped)");
}

/** The signature or token check this run failed (the node its error came from), if any. */
export function failedCheck(
  trace: readonly TTraceEntry[],
  error: { nodeId?: string } | null | undefined,
): TFailedCheck | null {
  if (!error?.nodeId) return null;
  const failed = trace.find((e) => e.nodeId === error.nodeId && e.status === "error");
  return (failed && CHECK_BY_TYPE[failed.type]) ?? null;
}

export function parseReplayInfo(text: string | null): TReplayInfo | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as TReplayInfo;
    return typeof value?.of === "string" ? value : null;
  } catch {
    return null;
  }
}
