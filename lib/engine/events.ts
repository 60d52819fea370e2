import { newId } from "@/lib/ids";

/** Event types: dotted names (`record.created`, `order.paid`). */
export const EVENT_TYPE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;

/** An event a run produced; stored with the run's other writes when it commits, or not at all. */
export type TPendingEvent = { id: string; type: string; data: unknown; createdAt: number };

/**
 * The one way a run emits an outbound-webhook event (record.created/updated/deleted, the emitEvent node): pushed
 * onto the run, written in the run's own transaction, dropped if the run fails.
 */
export function emitRunEvent(
  run: { events: TPendingEvent[]; now(): number },
  type: string,
  data: unknown,
): TPendingEvent {
  const event = { id: newId("evt"), type, data, createdAt: run.now() };
  run.events.push(event);
  return event;
}
