import type { WebhookAttempt, WebhookDelivery } from "@/generated/sqlite/client";
import type { TAttemptResult } from "./delivery/send-attempt";
import type { TDeliveryStatus } from "./schemas";

const iso = (ms: bigint | number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

export type TDeliveryView = {
  id: string;
  eventId: string;
  eventType: string;
  status: TDeliveryStatus;
  attempts: number;
  responseCode: number | null;
  responseTimeMs: number | null;
  nextAttemptAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** An attempt as the log shows it: what send-attempt measured, with ISO times and the retry it scheduled. */
export type TAttemptView = Omit<TAttemptResult, "attemptedAt"> & {
  id: string;
  attemptedAt: string;
  nextAttemptAt: string | null;
};

export function presentDelivery(d: WebhookDelivery): TDeliveryView {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status as TDeliveryStatus,
    attempts: d.attempts,
    responseCode: d.responseCode,
    responseTimeMs: d.responseTimeMs === null ? null : Math.round(d.responseTimeMs * 10) / 10,
    nextAttemptAt: d.status === "pending" ? iso(d.nextAttemptAt) : null,
    createdAt: iso(d.createdAt)!,
    updatedAt: iso(d.updatedAt)!,
  };
}

export function presentAttempt(a: WebhookAttempt): TAttemptView {
  return {
    id: a.id,
    attemptedAt: iso(a.attemptedAt)!,
    durationMs: Math.round(a.durationMs * 10) / 10,
    responseCode: a.responseCode,
    responseHeaders: JSON.parse(a.responseHeaders),
    responseBody: a.responseBody,
    requestHeaders: JSON.parse(a.requestHeaders),
    error: a.error,
    nextAttemptAt: iso(a.nextAttemptAt),
  };
}
