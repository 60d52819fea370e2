import { z } from "zod";

// Answers of the outbound-webhook routes (the route table declares them; the OpenAPI document shows them).

const ZHeaders = z.record(z.string(), z.string());
const ZDeliveryStatus = z.enum(["pending", "delivered", "failed"]);

/** A subscription (TWebhookView); never its secret or password. */
export const ZWebhookOut = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  status: z.enum(["active", "paused", "disabled"]),
  disabledReason: z.string().nullable(),
  headers: ZHeaders,
  basicAuth: z.object({ username: z.string() }).nullable(),
  tlsVerify: z.boolean(),
  retrySchedule: z.array(z.number()),
  previousSecretExpiresAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** On creation and rotation only: the signing secret. */
export const ZWebhookWithSecretOut = ZWebhookOut.extend({ secret: z.string() });

/** A delivery in the log (TDeliveryView). */
export const ZDeliveryOut = z.object({
  id: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  status: ZDeliveryStatus,
  attempts: z.number(),
  responseCode: z.number().nullable(),
  responseTimeMs: z.number().nullable(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** One delivery with what was sent and every attempt (TDeliveryDetail). */
export const ZDeliveryDetailOut = ZDeliveryOut.extend({
  request: z.object({ url: z.string(), body: z.string() }),
  attemptLog: z.array(
    z.object({
      id: z.string(),
      attemptedAt: z.string(),
      nextAttemptAt: z.string().nullable(),
      durationMs: z.number(),
      responseCode: z.number().nullable(),
      responseHeaders: ZHeaders,
      responseBody: z.string(),
      requestHeaders: ZHeaders,
      error: z.string().nullable(),
    }),
  ),
});

/** The first attempt of a `webhook.test` event (TTestDelivery). */
export const ZTestDeliveryOut = z.object({
  id: z.string(),
  deliveryId: z.string(),
  status: ZDeliveryStatus,
  responseCode: z.number().nullable(),
  responseBody: z.string(),
  error: z.string().nullable(),
});

/** An event (TEventView); `data` is what the event carries. */
export const ZEventOut = z.object({
  id: z.string(),
  type: z.string(),
  created_at: z.string(),
  data: z.unknown(),
  requestId: z.string().nullable(),
});

/** An event type someone can subscribe to (TEventTypeView). */
export const ZEventTypeOut = z.object({
  type: z.string(),
  description: z.string(),
  source: z.enum(["built-in", "stack"]),
  endpointIds: z.array(z.string()).optional(),
});

/** A page of a list, newest first: the webhook routes answer `{ data, nextCursor }`. */
export const pageOut = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() });
