import { newId } from "@/lib/ids";
import type { TDeliveryStore } from "./delivery-store";
import { attemptOutcome } from "./outcome";
import { sendAttempt, type TAttemptResult, type TDeliveryFetch } from "./send-attempt";

/** Checked again when a paused or disabled subscription's delivery comes due. */
const PAUSED_RECHECK_MS = 60_000;

export type TDeliveryDeps = {
  /** The run store's delivery statements (TRunStore.deliveries). */
  store: TDeliveryStore;
  fetch: TDeliveryFetch;
  now: () => number;
  random?: () => number;
  timeoutMs?: number;
};

/** The delivery was taken over by another worker (this one's lease ran out): its attempt is not recorded. */
export class DeliveryLeaseLost extends Error {}

/**
 * Makes one attempt of a delivery this worker has leased and records it. A delivery of a subscription that is not
 * active waits (no attempt is spent); resuming the subscription makes it due at once. Throws DeliveryLeaseLost
 * when the lease was lost before the attempt was recorded (a 2xx is then recorded by no one and sent again).
 */
export async function processDelivery(
  deliveryId: string,
  workerId: string,
  deps: TDeliveryDeps,
): Promise<TAttemptResult | undefined> {
  const delivery = await deps.store.deliveryToSend(deliveryId);
  if (!delivery || delivery.lockedBy !== workerId || delivery.status !== "pending") return undefined;
  const { subscription, event } = delivery;
  if (subscription.status !== "active") {
    await deps.store.postpone(deliveryId, workerId, deps.now() + PAUSED_RECHECK_MS);
    return undefined;
  }
  if (!event) throw new Error(`the event of delivery ${deliveryId} no longer exists`);
  const attempt = await sendAttempt({
    subscription,
    event,
    fetch: deps.fetch,
    now: deps.now(),
    timeoutMs: deps.timeoutMs,
  });
  const now = deps.now();
  const outcome = attemptOutcome({
    attempt,
    attemptsMade: delivery.attempts + 1,
    schedule: JSON.parse(subscription.retrySchedule),
    failingSince: subscription.failingSince,
    now,
    random: deps.random,
  });
  const recorded = await deps.store.recordAttempt({
    deliveryId,
    workerId,
    subscription,
    attempt,
    outcome,
    now,
    attemptId: newId("att"),
  });
  if (!recorded) throw new DeliveryLeaseLost();
  return attempt;
}
