import type { TTx } from "@/lib/workspaces/bump-revision";
import { fanOut, type TEventBatch } from "../fan-out";

/** Rows per statement: SQLite allows 32 766 parameters; a delivery row has 9 columns. */
const CHUNK = 1000;

/**
 * Writes events and their deliveries inside a Prisma transaction (the back office's changes by hand), from the same
 * fan-out as a run's commit (sqlite-events.ts, pg-events.ts): each event once, one delivery per matching active
 * subscription. Answers how many deliveries were queued: wake the worker (wake.ts) after the transaction commits.
 */
export async function writeTxEvents(tx: TTx, batch: TEventBatch): Promise<number> {
  if (batch.events.length === 0) return 0;
  const subscriptions = await tx.webhookSubscription.findMany({
    where: { workspaceId: batch.workspaceId, status: "active" },
    select: { id: true, events: true, retrySchedule: true },
  });
  const { events, deliveries } = fanOut(
    batch,
    subscriptions.map((s) => ({ id: s.id, events: s.events, schedule: s.retrySchedule })),
  );
  for (let i = 0; i < events.length; i += CHUNK) {
    await tx.webhookEvent.createMany({
      data: events.slice(i, i + CHUNK).map((e) => ({ ...e, createdAt: BigInt(e.createdAt) })),
    });
  }
  for (let i = 0; i < deliveries.length; i += CHUNK) {
    await tx.webhookDelivery.createMany({
      data: deliveries.slice(i, i + CHUNK).map((d) => ({
        id: d.id,
        subscriptionId: d.subscriptionId,
        eventId: d.eventId,
        eventType: d.eventType,
        status: "pending",
        attempts: 0,
        nextAttemptAt: BigInt(d.nextAttemptAt),
        createdAt: BigInt(d.createdAt),
        updatedAt: BigInt(d.createdAt),
      })),
    });
  }
  return deliveries.length;
}
