import { Webhook } from "standardwebhooks";
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deliveryBody, guideSignature, newWebhookSecret, signedHeaders, standardSignature } from "./signing";

describe("Standard Webhooks signatures", () => {
  it("match the specification's test vector", () => {
    expect(
      standardSignature(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        '{"test": 2432232314}',
      ),
    ).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("new secrets are whsec_ + base64 of 24 random bytes, and the standardwebhooks library verifies what they sign", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(newWebhookSecret()).not.toBe(secret);
    const body = deliveryBody({ id: "evt_1", type: "order.paid", createdAt: Date.now(), data: '{"amount":1200}' });
    const headers = signedHeaders({
      eventId: "evt_1",
      eventType: "order.paid",
      subscriptionId: "wh_1",
      body,
      timestampSeconds: Math.floor(Date.now() / 1000),
      secrets: [secret],
    });
    expect(new Webhook(secret).verify(body, headers)).toEqual({
      id: "evt_1",
      type: "order.paid",
      created_at: expect.any(String),
      data: { amount: 1200 },
    });
  });

  it("during a rotation both secrets sign, and a receiver holding either one verifies", () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const body = '{"id":"evt_2"}';
    const now = Math.floor(Date.now() / 1000);
    const headers = signedHeaders({
      eventId: "evt_2",
      eventType: "x",
      subscriptionId: "wh_1",
      body,
      timestampSeconds: now,
      secrets: [current, previous],
    });
    expect(headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it("X-Webhook-Signature is the hex HMAC-SHA256 of the body keyed with the secret string, as the guide verifies it", () => {
    const secret = "whsec_abc12345";
    const body = '{"id":"evt_3"}';
    expect(guideSignature(secret, body)).toBe(`sha256=${createHmac("sha256", secret).update(body).digest("hex")}`);
    const headers = signedHeaders({
      eventId: "evt_3",
      eventType: "record.created",
      subscriptionId: "wh_9",
      body,
      timestampSeconds: 1,
      secrets: [secret],
    });
    expect(headers).toMatchObject({
      "x-webhook-id": "wh_9",
      "x-webhook-event": "record.created",
      "webhook-id": "evt_3",
      "webhook-timestamp": "1",
    });
  });

  it("the body is the guide's { id, type, created_at, data } with the stored data as is", () => {
    const body = deliveryBody({ id: "evt_4", type: "a.b", createdAt: Date.UTC(2026, 0, 2), data: '{"x":[1,2]}' });
    expect(JSON.parse(body)).toEqual({
      id: "evt_4",
      type: "a.b",
      created_at: "2026-01-02T00:00:00.000Z",
      data: { x: [1, 2] },
    });
  });
});
