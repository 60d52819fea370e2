import type { TTraceEntry } from "@/lib/engine/types";

/**
 * Why a failed background run is final: the same request can never pass on a retry.
 * `signature` / `token`: the sender's credentials were refused; `parse`: the body does not parse as the stack
 * expects; `stack`: the stack itself chose a 4xx answer (a precondition, a record that is not there).
 */
export type TFinalFailure = "signature" | "token" | "parse" | "stack";

/** 4xx answers that do say "try again later". */
const RETRYABLE_CLIENT_STATUSES = new Set([408, 425, 429]);

const FINAL_BY_NODE_TYPE: Record<string, TFinalFailure> = {
  hmacVerify: "signature",
  verifyToken: "token",
  getRawInput: "parse",
};

export const FINAL_FAILURE_TEXT: Record<TFinalFailure, string> = {
  signature: "the signature check failed: the same request fails it again",
  token: "the token check failed: the same request fails it again",
  parse: "the body did not parse: the same body never will",
  stack: "the stack answered with a client error on purpose",
};

/** `transient` (default): retry only failures that may pass next time; `any`: retry every failure. */
export type TRetryOn = "transient" | "any";

/**
 * Whether a failed run is final rather than worth another attempt: a deliberate 4xx answer (a failed signature or
 * token check, a body that does not parse, a stack's own 4xx) is the same on every attempt; a 5xx, a limit or a
 * 408/425/429 may not be. Null: retry (within the endpoint's attempts).
 */
export function finalFailure(o: {
  status: number;
  error: { nodeId?: string } | undefined;
  trace: () => readonly TTraceEntry[];
  retryOn?: TRetryOn;
}): TFinalFailure | null {
  if (!o.error || o.retryOn === "any") return null;
  if (o.status < 400 || o.status >= 500 || RETRYABLE_CLIENT_STATUSES.has(o.status)) return null;
  const failed =
    o.error.nodeId === undefined
      ? undefined
      : o.trace().find((e) => e.nodeId === o.error!.nodeId && e.status === "error");
  return (failed && FINAL_BY_NODE_TYPE[failed.type]) ?? "stack";
}
