import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { describeEachProvider } from "../support/providers";
import { waitUntil } from "../support/seed";
import { startTestServer, type TTestServer } from "../support/test-server";
import { startWebhookReceiver } from "../support/webhook-receiver";

/** The delivery worker's concurrency (lib/webhooks/delivery/delivery-worker.ts): at most this many are in flight. */
const IN_FLIGHT = 8;

describeEachProvider("a subscription deleted or paused while its deliveries are in flight", (provider) => {
  let server: TTestServer;
  let db: ReturnType<typeof getDb>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let batch = 0;

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ secrets: () => [] });
    server = await startTestServer(provider, {
      HOOKSTACK_OUTBOUND_ALLOWLIST: `127.0.0.1:${receiver.port}`,
      HOOKSTACK_WEBHOOK_TIMEOUT_MS: "4000",
    });
    // This process reads the server's database directly, to see what a delete leaves behind.
    process.env.DATABASE_URL = server.databaseUrl;
    db = getDb();
    const fields = [{ name: "email", type: "text", required: true }];
    expect((await server.api("POST", "/api/v1/tables", { name: "contacts", fields })).status).toBe(201);
  }, 240_000);
  afterAll(async () => {
    await db?.$disconnect();
    await server?.stop();
    await receiver?.close();
  });
  beforeEach(() => {
    receiver.reset();
    // A slow receiver: deliveries stay in flight while the test changes the subscription.
    Object.assign(receiver.options, { delayMs: 100 });
  });

  const subscribe = async (body: Record<string, unknown>) => {
    const res = await server.api("POST", "/api/v1/webhooks", { events: ["record.created"], ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  /** One record.created event per row, so one delivery per row for each subscription. */
  const importRows = async (n: number) => {
    const rows = Array.from({ length: n }, (_, i) => `b${batch}-${i}@x.io`);
    batch++;
    const res = await server.api("POST", "/api/v1/tables/contacts/import", { csv: `email\n${rows.join("\n")}\n` });
    expect(res.body).toEqual({ imported: n });
  };
  const count = async (sql: string) => Number((await db.$queryRawUnsafe<{ n: bigint | number }[]>(sql))[0]!.n);
  /** Ids are generated (`wh_…`), so they are safe to inline; placeholders differ between the two databases. */
  const inList = (ids: string[]) => ids.map((id) => `'${id}'`).join(", ");

  it("DELETE answers 204 while 1,200 deliveries each are being sent; nothing more is sent, nothing is left behind", async () => {
    for (let round = 0; round < 2; round++) {
      receiver.reset();
      const slow = await subscribe({ url: receiver.url });
      // Refused by the SSRF guard at once: its worker records failed attempts (and the failure streak) nonstop.
      const refused = await subscribe({ url: "http://127.0.0.1:9/", retrySchedule: [0, 1, 1] });
      await importRows(1200);
      await waitUntil(async () => receiver.received.length >= 30, 30_000, "deliveries under way");
      const [a, b] = await Promise.all([
        server.api("DELETE", `/api/v1/webhooks/${slow}`),
        server.api("DELETE", `/api/v1/webhooks/${refused}`),
      ]);
      expect([a.status, b.status], JSON.stringify([a.body, b.body])).toEqual([204, 204]);
      const atDelete = receiver.received.length;
      expect(atDelete).toBeLessThan(1200);

      expect((await server.api("GET", `/api/v1/webhooks/${slow}`)).status).toBe(404);
      const listed = (await server.api("GET", "/api/v1/webhooks")).body.data.map((w: { id: string }) => w.id);
      expect(listed).not.toContain(slow);
      // Only attempts already sent when the delete came can still arrive.
      await new Promise((r) => setTimeout(r, 2000));
      expect(receiver.received.length - atDelete).toBeLessThanOrEqual(IN_FLIGHT);

      const ids = inList([slow, refused]);
      expect(await count(`SELECT COUNT(*) AS n FROM webhook_subscriptions WHERE id IN (${ids})`)).toBe(0);
      expect(await count(`SELECT COUNT(*) AS n FROM webhook_deliveries WHERE subscription_id IN (${ids})`)).toBe(0);
      const orphans = `SELECT COUNT(*) AS n FROM webhook_attempts a
                        WHERE NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.id = a.delivery_id)`;
      expect(await count(orphans)).toBe(0);
    }
    // The events stay: they are the workspace's, not the subscription's.
    expect(await count(`SELECT COUNT(*) AS n FROM webhook_events WHERE type = 'record.created'`)).toBe(2400);
  }, 300_000);

  it("PATCH paused while deliveries are in flight stops sending at once; resuming delivers every event exactly once", async () => {
    const id = await subscribe({ url: receiver.url });
    await importRows(150);
    await waitUntil(async () => receiver.received.length >= 20, 30_000, "deliveries under way");
    const paused = await server.api("PATCH", `/api/v1/webhooks/${id}`, { status: "paused" });
    expect(paused.status, JSON.stringify(paused.body)).toBe(200);
    expect(paused.body.status).toBe("paused");
    const atPause = receiver.received.length;
    await new Promise((r) => setTimeout(r, 2000));
    expect(receiver.received.length - atPause).toBeLessThanOrEqual(IN_FLIGHT);
    expect(receiver.received.length).toBeLessThan(150);

    const resumed = await server.api("PATCH", `/api/v1/webhooks/${id}`, { status: "active" });
    expect(resumed.status, JSON.stringify(resumed.body)).toBe(200);
    // A worker that read "paused" just before the resume puts its claimed deliveries back for 60 s (the pause recheck).
    await waitUntil(async () => receiver.received.length >= 150, 150_000, "every delivery after resuming");
    await new Promise((r) => setTimeout(r, 1000));
    const eventIds = receiver.received.map((r) => r.headers["webhook-id"]);
    expect(eventIds).toHaveLength(150);
    expect(new Set(eventIds).size).toBe(150);
    const delivered = `SELECT COUNT(*) AS n FROM webhook_deliveries
                        WHERE subscription_id = ${inList([id])} AND status = 'delivered' AND attempts = 1`;
    expect(await count(delivered)).toBe(150);
    expect((await server.api("DELETE", `/api/v1/webhooks/${id}`)).status).toBe(204);
  }, 300_000);
});
