import type { TPendingEvent } from "@/lib/engine/events";
import type { TRunResult } from "@/lib/engine/types";
import { newId } from "@/lib/ids";
import type { TEventBatch } from "./fan-out";

export type TRunEventsInput = {
  workspaceId: string;
  endpointId: string;
  requestId: string;
  result: Pick<TRunResult, "error" | "events">;
  status: number;
  /** Only runs from the public URL (and real replays of them) announce their failure; editor tests and dry runs do not. */
  isLive: boolean;
};

/** What a finished run publishes: its events, or — when it failed — only `endpoint.request.failed`. */
export function runEvents(o: TRunEventsInput): TEventBatch | undefined {
  let events: TPendingEvent[] = o.result.events;
  if (o.result.error) {
    if (!o.isLive) return undefined;
    const data = { endpointId: o.endpointId, requestId: o.requestId, status: o.status, error: o.result.error };
    events = [{ id: newId("evt"), type: "endpoint.request.failed", data, createdAt: Date.now() }];
  }
  return events.length ? { workspaceId: o.workspaceId, requestId: o.requestId, events } : undefined;
}
