import { nextAttemptAt, parseRetryAfter } from "../schedule";
import type { TAttemptResult } from "./send-attempt";

/** A subscription whose deliveries have all failed this long is disabled. */
export const DISABLE_AFTER_MS = 5 * 86_400_000;

export type TOutcome = {
  delivered: boolean;
  /** Due time of the next attempt; null when the delivery is over. */
  nextAttemptAt: number | null;
  /** Set when this attempt disables the subscription. */
  disableReason: string | null;
  /** The subscription's failure streak start after this attempt (null: reset by a success). */
  failingSince: number | null;
};

/**
 * What one attempt means (pure, so the schedule runs on any clock): a 2xx is delivered and resets the failure
 * streak; a 410 Gone disables the subscription at once; any other failure is retried per the schedule (Retry-After
 * may push it later) and disables the subscription once the streak reaches 5 days.
 */
export function attemptOutcome(o: {
  attempt: TAttemptResult;
  attemptsMade: number;
  schedule: readonly number[];
  failingSince: number | null;
  now: number;
  random?: () => number;
}): TOutcome {
  const code = o.attempt.responseCode;
  if (code !== null && code >= 200 && code < 300)
    return { delivered: true, nextAttemptAt: null, disableReason: null, failingSince: null };
  const failingSince = o.failingSince ?? o.now;
  const at = new Date(o.now).toISOString();
  if (code === 410) {
    return {
      delivered: false,
      nextAttemptAt: null,
      disableReason: `the receiver answered 410 Gone at ${at}`,
      failingSince,
    };
  }
  if (o.now - failingSince >= DISABLE_AFTER_MS) {
    const since = new Date(failingSince).toISOString();
    return {
      delivered: false,
      nextAttemptAt: null,
      disableReason: `every delivery has failed since ${since} (5 days); last at ${at}`,
      failingSince,
    };
  }
  const retryAfterMs = parseRetryAfter(o.attempt.responseHeaders["retry-after"], o.now);
  const next = nextAttemptAt({
    schedule: o.schedule,
    attemptsMade: o.attemptsMade,
    now: o.now,
    retryAfterMs,
    random: o.random,
  });
  return { delivered: false, nextAttemptAt: next, disableReason: null, failingSince };
}
