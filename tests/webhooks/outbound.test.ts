import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { describeEachProvider } from "../support/providers";
import { publishEndpoint, waitUntil } from "../support/seed";
import { startTestServer, type TTestServer } from "../support/test-server";
import { startWebhookReceiver } from "../support/webhook-receiver";

/** Stores one record and emits a custom event; fails (after both) when the body says so. */
const emitterStack = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "raw", type: "getRawInput", config: { as: "payload" } },
    { id: "save", type: "addRecord", config: { table: "orders", fields: { ref: "$payload.ref" } } },
    {
      id: "emit",
      type: "emitEvent",
      config: { type: "'order.paid'", data: "{ 'ref': $payload.ref, 'amount': 1200 }", as: "evt" },
    },
    { id: "check", type: "conditional", config: { condition: "$payload.fail = true" } },
    { id: "boom", type: "setVariable", config: { name: "x", value: "$error('asked to fail')" } },
    { id: "ok", type: "response", config: { status: "200", body: "{ 'event': $evt.id }" } },
  ],
  edges: [
    { source: "start", target: "raw" },
    { source: "raw", target: "save" },
    { source: "save", target: "emit" },
    { source: "emit", target: "check" },
    { source: "check", sourceHandle: "true", target: "boom" },
    { source: "check", sourceHandle: "false", target: "ok" },
  ],
};

describeEachProvider("outbound webhooks over HTTP", (provider) => {
  let server: TTestServer;
  const secrets: string[] = [];
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let path = "";

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ secrets: () => secrets });
    // Only the receiver's port on loopback is allowed; a short timeout keeps the lease (timeout + 5 s) short.
    server = await startTestServer(provider, {
      HOOKSTACK_OUTBOUND_ALLOWLIST: `127.0.0.1:${receiver.port}`,
      HOOKSTACK_WEBHOOK_TIMEOUT_MS: "4000",
    });
    const table = await server.api("POST", "/api/v1/tables", {
      name: "orders",
      fields: [{ name: "ref", type: "text", required: true }],
    });
    expect(table.status).toBe(201);
    path = (await publishEndpoint(server, emitterStack)).path;
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await receiver?.close();
  });
  beforeEach(() => {
    receiver.reset();
    Object.assign(receiver.options, { failFirst: 0, delayMs: 0, failStatus: 503 });
  });

  const subscribe = async (body: Record<string, unknown>) => {
    const res = await server.api("POST", "/api/v1/webhooks", { url: receiver.url, ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    secrets.push(res.body.secret);
    return res.body as { id: string; secret: string };
  };
  const deliveries = async (id: string, query = "") =>
    (await server.api("GET", `/api/v1/webhooks/${id}/deliveries${query}`)).body.data as any[];

  it("manages subscriptions: secret shown once, list, read, update, rotate, delete; bad input is a 400 naming the field", async () => {
    const created = await server.api("POST", "/api/v1/webhooks", {
      url: receiver.url,
      events: ["record.*"],
      name: "crm",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^wh_/),
      name: "crm",
      events: ["record.*"],
      status: "active",
      secret: expect.stringMatching(/^whsec_/),
    });
    const read = await server.api("GET", `/api/v1/webhooks/${created.body.id}`);
    expect(read.body.secret).toBeUndefined();
    expect((await server.api("GET", "/api/v1/webhooks")).body.data.map((w: any) => w.id)).toContain(created.body.id);
    const patched = await server.api("PATCH", `/api/v1/webhooks/${created.body.id}`, {
      status: "paused",
      events: ["*"],
      basicAuth: { username: "a", password: "b" },
    });
    expect(patched.body).toMatchObject({ status: "paused", events: ["*"], basicAuth: { username: "a" } });
    const rotated = await server.api("POST", `/api/v1/webhooks/${created.body.id}/secret`, {
      secret: "my-own-secret-123",
    });
    expect(rotated.body).toMatchObject({ secret: "my-own-secret-123", previousSecretExpiresAt: expect.any(String) });
    for (const [body, field] of [
      [{ url: "ftp://x", events: ["*"] }, "url"],
      [{ url: receiver.url, events: [] }, "events"],
      [{ url: receiver.url, events: ["bad event"] }, "events.0"],
      [{ url: receiver.url, events: ["*"], secret: "short" }, "secret"],
      [{ url: receiver.url, events: ["*"], headers: { "webhook-signature": "x" } }, "headers"],
    ] as const) {
      const bad = await server.api("POST", "/api/v1/webhooks", body);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toBe(field);
    }
    expect((await server.api("DELETE", `/api/v1/webhooks/${created.body.id}`)).status).toBe(204);
    expect((await server.api("GET", `/api/v1/webhooks/${created.body.id}`)).status).toBe(404);
  });

  it("a run's record.created and custom events reach the subscriber signed; a failed run sends only endpoint.request.failed", async () => {
    const sub = await subscribe({ events: ["record.created", "order.*", "endpoint.request.failed"] });
    const res = await server.post(path, JSON.stringify({ ref: "A-1" }), { "content-type": "application/json" });
    expect(res.status).toBe(200);
    const { event } = await res.json();
    await waitUntil(async () => receiver.received.length >= 2 && receiver.received, 15_000, "two deliveries");
    const bodies = receiver.received.map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => b.type).sort()).toEqual(["order.paid", "record.created"]);
    expect(bodies.find((b) => b.type === "order.paid")).toMatchObject({
      id: event,
      data: { ref: "A-1", amount: 1200 },
    });
    expect(bodies.find((b) => b.type === "record.created")).toMatchObject({
      data: { table: "orders", record: { ref: "A-1" } },
    });
    for (const r of receiver.received) {
      expect(() => new Webhook(sub.secret).verify(r.body, r.headers)).not.toThrow();
      expect(r.headers["x-webhook-id"]).toBe(sub.id);
    }

    receiver.reset();
    const failed = await server.post(path, JSON.stringify({ ref: "B-2", fail: true }), {
      "content-type": "application/json",
    });
    expect(failed.status).toBe(500);
    await waitUntil(async () => receiver.received.length >= 1 && receiver.received, 15_000, "the failure event");
    await new Promise((r) => setTimeout(r, 1000));
    expect(receiver.received.map((r) => JSON.parse(r.body).type)).toEqual(["endpoint.request.failed"]);
    expect(JSON.parse(receiver.received[0]!.body).data).toMatchObject({
      status: 500,
      error: { message: expect.stringContaining("asked to fail") },
    });

    const events = (await server.api("GET", "/api/v1/events?limit=10")).body.data as any[];
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(["endpoint.request.failed", "order.paid", "record.created"]),
    );
    expect(
      events.filter((e) => JSON.stringify(e.data).includes("B-2") && e.type !== "endpoint.request.failed"),
    ).toEqual([]);
    const types = (await server.api("GET", "/api/v1/event-types")).body.data as any[];
    expect(types).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "record.created", source: "built-in" }),
        expect.objectContaining({ type: "order.paid", source: "stack" }),
      ]),
    );
    await server.api("DELETE", `/api/v1/webhooks/${sub.id}`);
  });

  it("a background run announces endpoint.request.failed once, after its last attempt", async () => {
    const sub = await subscribe({ events: ["endpoint.request.failed"] });
    const failing = {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "boom", type: "setVariable", config: { name: "x", value: "$error('background failure')" } },
      ],
      edges: [{ source: "start", target: "boom" }],
    };
    const bg = await publishEndpoint(server, failing, { mode: "background", maxAttempts: 2, retryBaseDelayMs: 100 });
    const res = await server.post(bg.path, "{}", { "content-type": "application/json" });
    expect(res.status).toBe(202);
    const { requestId } = await res.json();
    await waitUntil(async () => receiver.received.length >= 1, 20_000, "the failure event");
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({
      type: "endpoint.request.failed",
      data: { endpointId: bg.id, requestId, error: { message: expect.stringContaining("background failure") } },
    });
    await server.api("DELETE", `/api/v1/webhooks/${sub.id}`);
  });

  it("test event: answers the receiver's reply; the log shows it; a failing receiver is retried until it answers 2xx; redeliver sends again", async () => {
    const sub = await subscribe({ events: ["webhook.test"], retrySchedule: [0, 1, 1, 1] });
    const ok = await server.api("POST", `/api/v1/webhooks/${sub.id}/test`);
    expect(ok.body).toMatchObject({
      id: expect.stringMatching(/^evt_/),
      status: "delivered",
      responseCode: 200,
      responseBody: expect.stringContaining('"ok":true'),
    });

    receiver.reset();
    Object.assign(receiver.options, { failFirst: 2 });
    const failing = await server.api("POST", `/api/v1/webhooks/${sub.id}/test`);
    expect(failing.body).toMatchObject({ status: "failed", responseCode: 503 });
    const delivered = await waitUntil(
      async () => (await deliveries(sub.id, "?status=delivered")).find((d) => d.eventId === failing.body.id),
      20_000,
      "the retried delivery",
    );
    expect(delivered).toMatchObject({ attempts: 3, responseCode: 200, eventType: "webhook.test" });
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect(new Set(receiver.received.map((r) => r.headers["webhook-id"]))).toEqual(new Set([failing.body.id]));
    const detail = (await server.api("GET", `/api/v1/webhooks/${sub.id}/deliveries/${delivered.id}`)).body;
    expect(detail.attemptLog.map((a: any) => a.responseCode)).toEqual([503, 503, 200]);

    const again = await server.api("POST", `/api/v1/webhooks/${sub.id}/deliveries/${delivered.id}/redeliver`);
    expect(again.status).toBe(202);
    await waitUntil(
      async () =>
        (await deliveries(sub.id)).find((d) => d.id === delivered.id && d.attempts === 4 && d.status === "delivered"),
      15_000,
      "the redelivery",
    );
    expect((await deliveries(sub.id, "?status=failed")).length).toBe(0);
    await server.api("DELETE", `/api/v1/webhooks/${sub.id}`);
  });

  it("outbound URLs pass the SSRF guard: loopback ports the allowlist does not name are refused", async () => {
    const blocked = await server.api("POST", "/api/v1/webhooks", {
      url: `http://127.0.0.1:${receiver.port + 1}/x`,
      events: ["*"],
      retrySchedule: [0],
    });
    const res = await server.api("POST", `/api/v1/webhooks/${blocked.body.id}/test`);
    expect(res.body).toMatchObject({ status: "failed", responseCode: null, error: expect.stringContaining("refused") });
    const meta = await server.api("POST", "/api/v1/webhooks", {
      url: "http://169.254.169.254/latest/meta-data",
      events: ["*"],
      retrySchedule: [0],
    });
    expect((await server.api("POST", `/api/v1/webhooks/${meta.body.id}/test`)).body.error).toContain("refused");
    for (const id of [blocked.body.id, meta.body.id]) await server.api("DELETE", `/api/v1/webhooks/${id}`);
  });

  it("SIGKILL during a delivery: after restart it is sent again (same webhook-id) and never after its 2xx is recorded", async () => {
    const sub = await subscribe({ events: ["order.paid"] });
    Object.assign(receiver.options, { delayMs: 2500 });
    await server.post(path, JSON.stringify({ ref: "K-1" }), { "content-type": "application/json" });
    await waitUntil(async () => receiver.received.length >= 1, 10_000, "the delivery to start");
    await server.kill("SIGKILL");
    Object.assign(receiver.options, { delayMs: 0 });
    await server.restart();
    // The dead worker's lease (timeout 4 s + 5 s) runs out, then the delivery is sent again.
    const [d] = await waitUntil(
      async () => {
        const list = await deliveries(sub.id);
        return list[0]?.status === "delivered" && list;
      },
      30_000,
      "the delivery after the restart",
    );
    expect(d).toMatchObject({ attempts: 1, responseCode: 200 });
    expect(receiver.received.length).toBe(2);
    expect(receiver.received[0]!.headers["webhook-id"]).toBe(receiver.received[1]!.headers["webhook-id"]);

    // Recorded as delivered: a second crash and restart sends nothing more.
    await server.kill("SIGKILL");
    await server.restart();
    await new Promise((r) => setTimeout(r, 10_000));
    expect(receiver.received.length).toBe(2);
    await server.api("DELETE", `/api/v1/webhooks/${sub.id}`);
  }, 90_000);
});
