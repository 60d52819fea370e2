import type { TOutboundRequest, TOutboundResponse } from "@/lib/engine/services";
import { deliveryBody, signedHeaders } from "../signing";
import { basicAuthOf, signingSecrets } from "../webhook-view";
import type { TEventToSend, TSubscriptionToSend } from "./delivery-store";

/** A receiver has this long to answer with a 2xx (the guide's 15 s). */
export const DELIVERY_TIMEOUT_MS = 15_000;
/** How much of each answer the log keeps. */
export const LOGGED_RESPONSE_BYTES = 4096;
/** Largest answer read at all (the rest of a huge answer is not worth the memory). */
const MAX_READ_BYTES = 1024 * 1024;

export type TDeliveryFetch = (req: TOutboundRequest, o: { tlsVerify: boolean }) => Promise<TOutboundResponse>;

export type TAttemptResult = {
  attemptedAt: number;
  durationMs: number;
  responseCode: number | null;
  responseHeaders: Record<string, string>;
  responseBody: string;
  requestHeaders: Record<string, string>;
  error: string | null;
};

const clip = (text: string) =>
  Buffer.byteLength(text) <= LOGGED_RESPONSE_BYTES
    ? text
    : Buffer.from(text).subarray(0, LOGGED_RESPONSE_BYTES).toString("utf8");

/** Sends one signed attempt of an event to a subscription; never throws (a refusal or timeout is a failed attempt). */
export async function sendAttempt(o: {
  subscription: TSubscriptionToSend;
  event: TEventToSend;
  fetch: TDeliveryFetch;
  now: number;
  timeoutMs?: number;
}): Promise<TAttemptResult> {
  const { subscription: sub, event } = o;
  const body = deliveryBody({ id: event.id, type: event.type, createdAt: Number(event.createdAt), data: event.data });
  const headers: Record<string, string> = {
    ...JSON.parse(sub.headers),
    ...signedHeaders({
      eventId: event.id,
      eventType: event.type,
      subscriptionId: sub.id,
      body,
      timestampSeconds: Math.floor(o.now / 1000),
      secrets: signingSecrets(sub, o.now),
    }),
  };
  const auth = basicAuthOf(sub);
  if (auth) headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
  // The log shows what was sent, but never the credentials.
  const requestHeaders = { ...headers, ...(auth && { authorization: "Basic ••••" }) };
  const started = performance.now();
  const timeoutMs = o.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  try {
    const res = await o.fetch(
      {
        method: "POST",
        url: sub.url,
        headers,
        body,
        timeoutMs,
        maxBytes: MAX_READ_BYTES,
        signal: AbortSignal.timeout(timeoutMs + 1000),
      },
      { tlsVerify: sub.tlsVerify },
    );
    const durationMs = performance.now() - started;
    return {
      attemptedAt: o.now,
      durationMs,
      responseCode: res.status,
      responseHeaders: res.headers,
      responseBody: clip(res.body),
      requestHeaders,
      error: null,
    };
  } catch (err) {
    const durationMs = performance.now() - started;
    return {
      attemptedAt: o.now,
      durationMs,
      responseCode: null,
      responseHeaders: {},
      responseBody: "",
      requestHeaders,
      error: (err as Error).message,
    };
  }
}
