import { createHmac, randomBytes } from "node:crypto";
import { standardWebhooksKey } from "@/lib/signatures/schemes/standard";

/** `whsec_` + base64 of 24 random bytes, as Svix and the Standard Webhooks libraries expect. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/** The HMAC key of a secret: the base64 after `whsec_` (Standard Webhooks); a secret that is not base64 signs with its UTF-8 bytes. */
function keyOf(secret: string): Buffer {
  return standardWebhooksKey(secret) ?? Buffer.from(secret, "utf8");
}

/** `v1,<base64>` of HMAC-SHA256 over `{id}.{timestamp}.{body}` (Standard Webhooks). */
export function standardSignature(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac("sha256", keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/** The guide's `X-Webhook-Signature`: `sha256=` + hex HMAC-SHA256 of the raw body keyed with the secret string as shown. */
export function guideSignature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export type TSigningInput = {
  eventId: string;
  eventType: string;
  subscriptionId: string;
  body: string;
  timestampSeconds: number;
  /** The current secret first, then the previous one while its 24 h overlap lasts. */
  secrets: readonly string[];
};

export const USER_AGENT = "Hookstack-Webhooks/1.0";

/** The signature and identity headers of one delivery attempt. */
export function signedHeaders(o: TSigningInput): Record<string, string> {
  const [current] = o.secrets;
  if (!current) throw new Error("a delivery needs a signing secret");
  return {
    "content-type": "application/json",
    "user-agent": USER_AGENT,
    "webhook-id": o.eventId,
    "webhook-timestamp": String(o.timestampSeconds),
    "webhook-signature": o.secrets.map((s) => standardSignature(s, o.eventId, o.timestampSeconds, o.body)).join(" "),
    "x-webhook-id": o.subscriptionId,
    "x-webhook-event": o.eventType,
    "x-webhook-signature": guideSignature(current, o.body),
  };
}

/** The delivered body, built from the stored event without re-encoding its data. */
export function deliveryBody(e: { id: string; type: string; createdAt: number; data: string }): string {
  return `{"id":${JSON.stringify(e.id)},"type":${JSON.stringify(e.type)},"created_at":${JSON.stringify(new Date(e.createdAt).toISOString())},"data":${e.data}}`;
}
