import { beforeAll, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { DELETED_STATUS } from "@/lib/webhooks/purge-webhook";
import { pruneWebhookLog } from "@/lib/webhooks/prune-webhook-log";
import { describeEachProvider } from "../support/providers";
import { useMigratedDatabase } from "../support/migrated-db";

const WS = "ws_webhook_retention";
const DAY = 86_400_000;

describeEachProvider("outbound-webhook log retention (controllable clock)", (provider) => {
  beforeAll(async () => {
    await useMigratedDatabase(provider);
    await getDb().workspace.create({ data: { id: WS, name: "retention", slug: WS } });
  }, 240_000);

  /** An event `ageDays` old (by the test's clock `now`) with one delivery per status given, each with one attempt. */
  async function eventWith(now: number, ageDays: number, subscriptionId: string, statuses: string[]) {
    const db = getDb();
    const at = BigInt(now - ageDays * DAY);
    const eventId = newId("evt");
    await db.webhookEvent.create({ data: { id: eventId, workspaceId: WS, type: "t.x", data: "{}", createdAt: at } });
    for (const status of statuses) {
      const id = newId("dlv");
      await db.webhookDelivery.create({
        data: { id, subscriptionId, eventId, eventType: "t.x", status, createdAt: at, updatedAt: at },
      });
      await db.webhookAttempt.create({
        data: { id: newId("att"), deliveryId: id, attemptedAt: at, durationMs: 1, responseCode: 500 },
      });
    }
    return eventId;
  }

  it("deletes delivered and failed deliveries (with attempts) and their events past the retention, in batches; never a pending one or its event", async () => {
    const db = getDb();
    const now = Date.UTC(2026, 0, 1);
    const sub = await createWebhook({ workspaceId: WS, input: { url: "https://example.com/hook", events: ["*"] } });
    const other = await createWebhook({ workspaceId: WS, input: { url: "https://example.com/other", events: ["*"] } });
    const expired: string[] = [];
    for (let i = 0; i < 5; i++) expired.push(await eventWith(now, 31 + i, sub.id, ["delivered", "failed"]));
    const eventOnly = await eventWith(now, 40, sub.id, []);
    // Still pending after 45 days (a long schedule): it and its event stay; of `mixed`, only the pending one stays.
    const waiting = await eventWith(now, 45, sub.id, ["pending"]);
    const mixed = await eventWith(now, 35, other.id, ["pending", "delivered"]);
    const recent = await eventWith(now, 29, sub.id, ["delivered", "failed"]);

    const result = await pruneWebhookLog({ now, retentionDays: 30, batchSize: 3 });
    expect(result).toEqual({ deliveries: 11, events: 6, subscriptions: 0 });
    const events = (await db.webhookEvent.findMany({ select: { id: true } })).map((e) => e.id).sort();
    expect(events).toEqual([waiting, mixed, recent].sort());
    const left = await db.webhookDelivery.findMany({ select: { eventId: true, status: true } });
    expect(
      left
        .filter((d) => d.status === "pending")
        .map((d) => d.eventId)
        .sort(),
    ).toEqual([waiting, mixed].sort());
    expect(left.filter((d) => d.status !== "pending").map((d) => d.eventId)).toEqual([recent, recent]);
    // Attempts went with their deliveries.
    expect(await db.webhookAttempt.count()).toBe(4);
    expect(expired.concat(eventOnly).some((id) => events.includes(id))).toBe(false);

    // A day later by the clock, the recent ones are past it too; a second run at the same time finds nothing.
    expect(await pruneWebhookLog({ now: now + 2 * DAY, retentionDays: 30 })).toEqual({
      deliveries: 2,
      events: 1,
      subscriptions: 0,
    });
    expect(await pruneWebhookLog({ now: now + 2 * DAY, retentionDays: 30 })).toEqual({
      deliveries: 0,
      events: 0,
      subscriptions: 0,
    });
    // A shorter retention is honoured as configured; pending deliveries still stay.
    expect((await pruneWebhookLog({ now: now + 2 * DAY, retentionDays: 1 })).deliveries).toBe(0);
    expect(await db.webhookDelivery.count({ where: { status: "pending" } })).toBe(2);
  }, 90_000);

  it("finishes the purge of a subscription whose delete was interrupted, whatever the age of its deliveries", async () => {
    const db = getDb();
    const now = Date.now();
    const sub = await createWebhook({ workspaceId: WS, input: { url: "https://example.com/gone", events: ["*"] } });
    for (let i = 0; i < 4; i++) await eventWith(now, 0, sub.id, ["pending", "delivered"].slice(0, (i % 2) + 1));
    await db.webhookSubscription.update({ where: { id: sub.id }, data: { status: DELETED_STATUS } });
    const result = await pruneWebhookLog({ now, retentionDays: 30, batchSize: 2 });
    expect(result).toMatchObject({ deliveries: 6, subscriptions: 1 });
    expect(await db.webhookSubscription.count({ where: { id: sub.id } })).toBe(0);
    expect(await db.webhookDelivery.count({ where: { subscriptionId: sub.id } })).toBe(0);
    const orphans = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
      `SELECT COUNT(*) AS n FROM webhook_attempts a WHERE NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.id = a.delivery_id)`,
    );
    expect(Number(orphans[0]!.n)).toBe(0);
  }, 90_000);
});
