import type { TPendingEvent } from "@/lib/engine/events";
import { newId } from "@/lib/ids";
import { matchesEvent } from "./event-match";

/** Events of one run (or one test), as the store writes them. */
export type TEventBatch = { workspaceId: string; requestId: string | null; events: TPendingEvent[] };

export type TSubscriptionTarget = { id: string; events: string; schedule: string };

export type TEventRow = {
  id: string;
  workspaceId: string;
  type: string;
  data: string;
  requestId: string | null;
  createdAt: number;
};
export type TDeliveryRow = {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  nextAttemptAt: number;
  createdAt: number;
};

/** The rows a batch writes: each event once, and one delivery per matching active subscription. */
export function fanOut(
  batch: TEventBatch,
  subscriptions: readonly TSubscriptionTarget[],
): { events: TEventRow[]; deliveries: TDeliveryRow[] } {
  const events: TEventRow[] = [];
  const deliveries: TDeliveryRow[] = [];
  const targets = subscriptions.map((s) => ({
    id: s.id,
    patterns: JSON.parse(s.events) as string[],
    firstDelayMs: ((JSON.parse(s.schedule) as number[])[0] ?? 0) * 1000,
  }));
  for (const e of batch.events) {
    events.push({
      id: e.id,
      workspaceId: batch.workspaceId,
      type: e.type,
      data: JSON.stringify(e.data ?? null),
      requestId: batch.requestId,
      createdAt: e.createdAt,
    });
    for (const t of targets) {
      if (!matchesEvent(t.patterns, e.type)) continue;
      deliveries.push({
        id: newId("dlv"),
        subscriptionId: t.id,
        eventId: e.id,
        eventType: e.type,
        nextAttemptAt: e.createdAt + t.firstDelayMs,
        createdAt: e.createdAt,
      });
    }
  }
  return { events, deliveries };
}
