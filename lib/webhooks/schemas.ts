import { z } from "zod";

/** The guide's schedule: now, 1 min, 5 min, 30 min, 1 h, 6 h (seconds before each attempt), then failed. */
export const DEFAULT_RETRY_SCHEDULE = [0, 60, 300, 1800, 3600, 21600] as const;

/** A subscription's event filter: an event type, a prefix wildcard (`record.*`) or everything (`*`). */
const EVENT_PATTERN = /^(\*|[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}(\.\*)?)$/;

export const ZEventPattern = z
  .string()
  .regex(EVENT_PATTERN, "an event type (record.created), a wildcard (record.*) or *");

/** HTTP header names a subscription may add; the signature, identity and transport headers stay ours. */
const RESERVED_HEADERS = new Set([
  "webhook-id",
  "webhook-timestamp",
  "webhook-signature",
  "x-webhook-id",
  "x-webhook-event",
  "x-webhook-signature",
  "content-type",
  "content-length",
  "host",
  "authorization",
  "user-agent",
  "transfer-encoding",
  "connection",
]);

const ZHeaders = z
  .record(
    z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, "a header name (letters, digits, -)"),
    z
      .string()
      .max(4096)
      .regex(/^[^\r\n]*$/, "one line"),
  )
  .refine((h) => Object.keys(h).length <= 20, "at most 20 headers")
  .refine(
    (h) => Object.keys(h).every((n) => !RESERVED_HEADERS.has(n.toLowerCase())),
    "a header Hookstack sets itself cannot be replaced",
  );

const ZUrl = z
  .string()
  .max(2048)
  .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), "an http:// or https:// URL");

export const ZSecret = z
  .string()
  .min(8, "a secret has 8 to 256 characters")
  .max(256, "a secret has 8 to 256 characters")
  .regex(/^[\x21-\x7e]+$/, "printable ASCII without spaces");

export const ZBasicAuth = z.object({
  username: z
    .string()
    .min(1)
    .max(256)
    .regex(/^[^:]*$/, "no colon"),
  password: z.string().max(256),
});

export const ZRetrySchedule = z
  .array(
    z
      .number()
      .int()
      .min(0)
      .max(7 * 86_400),
  )
  .min(1)
  .max(20);

export const ZCreateWebhook = z.strictObject({
  url: ZUrl,
  events: z.array(ZEventPattern).min(1).max(100),
  name: z.string().max(200).optional(),
  secret: ZSecret.optional(),
  headers: ZHeaders.optional(),
  basicAuth: ZBasicAuth.nullable().optional(),
  tlsVerify: z.boolean().optional(),
  retrySchedule: ZRetrySchedule.optional(),
});

/** PATCH: any field of the create body but the secret (rotated on its own route), and the status. */
export const ZUpdateWebhook = ZCreateWebhook.omit({ secret: true })
  .partial()
  .extend({ status: z.enum(["active", "paused"]).optional() });

export const ZRotateSecret = z.strictObject({ secret: ZSecret.optional() });

export type TCreateWebhook = z.infer<typeof ZCreateWebhook>;
export type TUpdateWebhook = z.infer<typeof ZUpdateWebhook>;

export type TWebhookStatus = "active" | "paused" | "disabled";
export type TDeliveryStatus = "pending" | "delivered" | "failed";
