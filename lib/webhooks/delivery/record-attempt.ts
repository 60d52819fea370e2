import type { WebhookSubscription } from "@/generated/sqlite/client";
import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import type { TOutcome } from "./outcome";
import type { TAttemptResult } from "./send-attempt";

/** The delivery was taken over by another worker (this one's lease ran out): its attempt is not recorded. */
export class DeliveryLeaseLost extends Error {}

/**
 * Writes an attempt, the delivery's new state and the subscription's failure streak in one transaction, only if
 * `workerId` still holds the delivery. Once a 2xx is recorded the delivery is never claimed again.
 */
export async function recordAttempt(o: {
  deliveryId: string;
  workerId: string;
  subscription: Pick<WebhookSubscription, "id" | "failingSince">;
  attempt: TAttemptResult;
  outcome: TOutcome;
  now: number;
}): Promise<void> {
  const { attempt, outcome, now } = o;
  const prior = o.subscription.failingSince === null ? null : Number(o.subscription.failingSince);
  const touchesSubscription = outcome.disableReason !== null || outcome.failingSince !== prior;
  await getDb().$transaction(async (tx) => {
    // The subscription's row before the delivery's, as everything else that writes both takes them (a resume's
    // update, a delete's final cascade); the other order deadlocked with them on PostgreSQL. Only when it changes:
    // a success on a healthy subscription leaves it alone, so parallel deliveries do not queue on its row.
    if (touchesSubscription) {
      const sub = await tx.webhookSubscription.updateMany({
        where: { id: o.subscription.id },
        data: {
          failingSince: outcome.failingSince,
          ...(outcome.disableReason && { status: "disabled", disabledReason: outcome.disableReason, updatedAt: now }),
        },
      });
      // Deleted meanwhile (its deliveries with it): nothing to record.
      if (sub.count === 0) throw new DeliveryLeaseLost();
    }
    const held = await tx.webhookDelivery.updateMany({
      where: { id: o.deliveryId, lockedBy: o.workerId, status: "pending" },
      data: {
        status: outcome.delivered ? "delivered" : outcome.nextAttemptAt === null ? "failed" : "pending",
        attempts: { increment: 1 },
        nextAttemptAt: outcome.nextAttemptAt,
        lockedBy: null,
        leaseUntil: null,
        responseCode: attempt.responseCode,
        responseTimeMs: attempt.durationMs,
        updatedAt: now,
      },
    });
    if (held.count === 0) throw new DeliveryLeaseLost();
    await tx.webhookAttempt.create({
      data: {
        id: newId("att"),
        deliveryId: o.deliveryId,
        attemptedAt: attempt.attemptedAt,
        durationMs: attempt.durationMs,
        responseCode: attempt.responseCode,
        responseHeaders: JSON.stringify(attempt.responseHeaders),
        responseBody: attempt.responseBody,
        requestHeaders: JSON.stringify(attempt.requestHeaders),
        error: attempt.error,
        nextAttemptAt: outcome.nextAttemptAt,
      },
    });
  });
}
