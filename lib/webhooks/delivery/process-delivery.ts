import { getDb } from "@/lib/db/client";
import { attemptOutcome } from "./outcome";
import { recordAttempt } from "./record-attempt";
import { sendAttempt, type TAttemptResult, type TDeliveryFetch } from "./send-attempt";

/** Checked again when a paused or disabled subscription's delivery comes due. */
const PAUSED_RECHECK_MS = 60_000;

export type TDeliveryDeps = { fetch: TDeliveryFetch; now: () => number; random?: () => number; timeoutMs?: number };

/**
 * Makes one attempt of a delivery this worker has leased and records it. A delivery of a subscription that is not
 * active waits (no attempt is spent); resuming the subscription makes it due at once.
 */
export async function processDelivery(
  deliveryId: string,
  workerId: string,
  deps: TDeliveryDeps,
): Promise<TAttemptResult | undefined> {
  const db = getDb();
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { subscription: true } });
  if (!delivery || delivery.lockedBy !== workerId || delivery.status !== "pending") return undefined;
  const { subscription } = delivery;
  if (subscription.status !== "active") {
    await db.webhookDelivery.updateMany({
      where: { id: deliveryId, lockedBy: workerId },
      data: { lockedBy: null, leaseUntil: null, nextAttemptAt: deps.now() + PAUSED_RECHECK_MS },
    });
    return undefined;
  }
  const event = await db.webhookEvent.findUnique({ where: { id: delivery.eventId } });
  if (!event) throw new Error(`event ${delivery.eventId} of delivery ${deliveryId} no longer exists`);
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
    failingSince: subscription.failingSince === null ? null : Number(subscription.failingSince),
    now,
    random: deps.random,
  });
  await recordAttempt({ deliveryId, workerId, subscription, attempt, outcome, now });
  return attempt;
}
