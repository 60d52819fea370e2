import type { TOutcome } from "./outcome";
import type { TAttemptResult } from "./send-attempt";

/** What signing and sending need of a subscription. */
export type TSubscriptionToSend = {
  id: string;
  url: string;
  status: string;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: number | null;
  headers: string;
  basicAuth: string | null;
  tlsVerify: boolean;
  retrySchedule: string;
  failingSince: number | null;
};

export type TEventToSend = { id: string; type: string; createdAt: number; data: string };

/** A delivery with its subscription and event, read in one query. */
export type TDeliveryToSend = {
  id: string;
  status: string;
  attempts: number;
  lockedBy: string | null;
  subscription: TSubscriptionToSend;
  /** Null when the event is gone (it never is while a delivery of it exists). */
  event: TEventToSend | null;
};

export type TAttemptRecord = {
  deliveryId: string;
  workerId: string;
  subscription: Pick<TSubscriptionToSend, "id" | "failingSince">;
  attempt: TAttemptResult;
  outcome: TOutcome;
  now: number;
  /** The attempt row's id. */
  attemptId: string;
};

/**
 * The delivery worker's reads and writes, as prepared statements on the run store's own connection (no ORM round
 * trip per delivery): lib/webhooks/store/{sqlite,pg}-deliveries.ts.
 */
export type TDeliveryStore = {
  deliveryToSend(id: string): Promise<TDeliveryToSend | undefined>;
  /** Gives a leased delivery back, due again at `nextAttemptAt` (its subscription is paused or disabled). */
  postpone(id: string, workerId: string, nextAttemptAt: number): Promise<void>;
  /**
   * Writes an attempt, the delivery's new state and the subscription's failure streak in one transaction, only if
   * `workerId` still holds the delivery (else nothing, and `false`).
   */
  recordAttempt(record: TAttemptRecord): Promise<boolean>;
};
