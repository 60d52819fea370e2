import { getDb } from "@/lib/db/client";
import { emitRunEvent, type TPendingEvent } from "@/lib/engine/events";
import { writeTxEvents } from "@/lib/webhooks/store/prisma-events";
import { deliveriesQueued } from "@/lib/webhooks/wake";
import type { TTx } from "@/lib/workspaces/bump-revision";
import type { TRecordView } from "./record-rows";

export type TRecordEventType = "record.created" | "record.updated" | "record.deleted";
/** Announces one record changed by hand: `{ table, record }`, the record as the API shows it (as a run's nodes do). */
export type TEmitRecordEvent = (type: TRecordEventType, table: string, record: TRecordView) => void;

/**
 * Runs a change by hand in one transaction that also writes the `record.*` events it emitted (and their deliveries),
 * so they commit with it or not at all; wakes the delivery worker once it has committed.
 */
export async function changeRecords<T>(
  workspaceId: string,
  change: (tx: TTx, emit: TEmitRecordEvent) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  let queued = 0;
  const result = await getDb().$transaction(async (tx) => {
    const pending = { events: [] as TPendingEvent[], now: Date.now };
    const out = await change(tx, (type, table, record) => emitRunEvent(pending, type, { table, record }));
    queued = await writeTxEvents(tx, { workspaceId, requestId: null, events: pending.events });
    return out;
  }, options);
  if (queued > 0) deliveriesQueued();
  return result;
}
