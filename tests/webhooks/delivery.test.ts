import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { guardedFetchWith } from "@/lib/http/guarded-fetch";
import { openPgRunStore } from "@/lib/run-store/pg-store";
import { openSqliteRunStore } from "@/lib/run-store/sqlite-store";
import type { TRunStore } from "@/lib/run-store/types";
import { newId } from "@/lib/ids";
import { requestLogRow } from "@/lib/runs/execute-run";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { claimDeliveries } from "@/lib/webhooks/delivery/claim-deliveries";
import { DeliveryWorker } from "@/lib/webhooks/delivery/delivery-worker";
import { processDelivery } from "@/lib/webhooks/delivery/process-delivery";
import { getDelivery } from "@/lib/webhooks/get-delivery";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import { describeEachProvider } from "../support/providers";
import { useMigratedDatabase } from "../support/migrated-db";
import { startWebhookReceiver } from "../support/webhook-receiver";

const WS = "ws_webhooks_test";
const MIN = 60_000;
const DAY = 86_400_000;

describeEachProvider("outbound webhook delivery (lib, controllable clock)", (provider) => {
  let store: TRunStore;
  let endpointId: string;

  beforeAll(async () => {
    const url = await useMigratedDatabase(provider);
    store = provider === "postgres" ? openPgRunStore(url) : openSqliteRunStore(url);
    const db = getDb();
    await db.workspace.create({ data: { id: WS, name: "webhooks", slug: WS } });
    endpointId = newId("ep");
    await db.endpoint.create({ data: { id: endpointId, workspaceId: WS, name: "emitter", draftGraph: "{}" } });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });
  afterEach(async () => {
    vi.useRealTimers();
    // Tests share the queue: what one leaves pending must not come due in the next one's clock jumps.
    await getDb().webhookDelivery.updateMany({ where: { status: "pending" }, data: { status: "failed" } });
  });

  /** Commits a run that emitted one event, through the hot path's store, as a live run does. */
  async function emit(type: string, data: unknown = { n: 1 }) {
    const id = newId("req");
    const request = {
      url: "http://x/hooks/e",
      method: "POST",
      path: "/hooks/e",
      query: {},
      headers: {},
      ip: "127.0.0.1",
      receivedAt: new Date().toISOString(),
      body: "{}",
    };
    const log = requestLogRow({
      id,
      endpointId,
      workspaceId: WS,
      versionId: null,
      source: "live",
      request,
      historyBytes: 1000,
      secrets: [],
    });
    const event = { id: newId("evt"), type, data, createdAt: Date.now() };
    const result = await store.commitRun({
      log: { ...log, state: "succeeded", status: 200 },
      logMode: "insert",
      records: [],
      events: { workspaceId: WS, requestId: id, events: [event] },
    });
    expect(result.ok).toBe(true);
    return event.id;
  }

  function workerFor(port: number) {
    // The same guard as production; the allowlist names the receiver's port only.
    const fetch = guardedFetchWith({ allowlist: `127.0.0.1:${port}`, maxRedirects: 0 });
    return new DeliveryWorker({
      store: store.deliveries,
      fetch: (req) => fetch(req),
      random: () => 0.5,
      timeoutMs: 2000,
    });
  }

  const deliveriesOf = async (id: string) => (await listDeliveries({ workspaceId: WS, id, query: { limit: 50 } })).data;

  it("retries a failing receiver on the schedule (0, 1 min, 5 min, 30 min) and delivers; every attempt is signed and verified", async () => {
    let secret = "";
    const receiver = await startWebhookReceiver({ secrets: () => [secret], failFirst: 3 });
    try {
      const sub = await createWebhook({
        workspaceId: WS,
        input: {
          url: receiver.url,
          events: ["retry.*"],
          headers: { "x-tenant": "acme" },
          basicAuth: { username: "u", password: "p" },
        },
      });
      secret = sub.secret;
      vi.useFakeTimers({ toFake: ["Date"] });
      const t0 = Date.now();
      const eventId = await emit("retry.test");
      const worker = workerFor(receiver.port);
      const at = async (ms: number) => {
        vi.setSystemTime(t0 + ms);
        return worker.runDue();
      };
      expect(await at(0)).toBe(1);
      expect(await at(MIN - 1_000)).toBe(0);
      expect(await at(MIN + 1_000)).toBe(1);
      expect(await at(MIN + 5 * MIN - 1_000)).toBe(0);
      expect(await at(MIN + 5 * MIN + 2_000)).toBe(1);
      expect(await at(36 * MIN + 5_000)).toBe(1);
      expect(await at(DAY)).toBe(0);

      expect(receiver.received.map((r) => r.status)).toEqual([503, 503, 503, 200]);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      expect(new Set(receiver.received.map((r) => r.headers["webhook-id"]))).toEqual(new Set([eventId]));
      expect(receiver.received[0]!.headers).toMatchObject({
        "x-webhook-id": sub.id,
        "x-webhook-event": "retry.test",
        "x-tenant": "acme",
        authorization: `Basic ${Buffer.from("u:p").toString("base64")}`,
        "user-agent": expect.stringMatching(/^Hookstack/),
      });
      expect(JSON.parse(receiver.received[3]!.body)).toMatchObject({ id: eventId, type: "retry.test", data: { n: 1 } });

      const [delivery] = await deliveriesOf(sub.id);
      expect(delivery).toMatchObject({
        eventId,
        status: "delivered",
        attempts: 4,
        responseCode: 200,
        nextAttemptAt: null,
      });
      const detail = await getDelivery({ workspaceId: WS, id: sub.id, deliveryId: delivery!.id });
      expect(detail.attemptLog.map((a) => a.responseCode)).toEqual([503, 503, 503, 200]);
      expect(detail.attemptLog[0]!.nextAttemptAt).toBe(
        new Date(Date.parse(detail.attemptLog[0]!.attemptedAt) + MIN).toISOString(),
      );
      expect(detail.attemptLog[0]!.responseBody).toContain('"ok":false');
      expect(detail.attemptLog[0]!.requestHeaders.authorization).toBe("Basic ••••");
    } finally {
      await receiver.close();
    }
  });

  it("honours Retry-After, and fails the delivery after the schedule's last attempt", async () => {
    let secret = "";
    const receiver = await startWebhookReceiver({
      secrets: () => [secret],
      failFirst: 100,
      failStatus: 429,
      failHeaders: { "retry-after": "600" },
    });
    try {
      const sub = await createWebhook({
        workspaceId: WS,
        input: { url: receiver.url, events: ["later.test"], retrySchedule: [0, 60] },
      });
      secret = sub.secret;
      vi.useFakeTimers({ toFake: ["Date"] });
      const t0 = Date.now();
      await emit("later.test");
      const worker = workerFor(receiver.port);
      vi.setSystemTime(t0);
      expect(await worker.runDue()).toBe(1);
      vi.setSystemTime(t0 + 2 * MIN);
      expect(await worker.runDue()).toBe(0);
      vi.setSystemTime(t0 + 10 * MIN + 1_000);
      expect(await worker.runDue()).toBe(1);
      const [delivery] = await deliveriesOf(sub.id);
      expect(delivery).toMatchObject({ status: "failed", attempts: 2, responseCode: 429, nextAttemptAt: null });
    } finally {
      await receiver.close();
    }
  });

  it("signs with both secrets for 24 h after a rotation, then with the new one only", async () => {
    let accepted: string[] = [];
    const receiver = await startWebhookReceiver({ secrets: () => accepted });
    try {
      const sub = await createWebhook({ workspaceId: WS, input: { url: receiver.url, events: ["rot.*"] } });
      const rotated = await rotateWebhookSecret({ workspaceId: WS, id: sub.id });
      expect(rotated.secret).not.toBe(sub.secret);
      expect(rotated.previousSecretExpiresAt).not.toBeNull();
      const worker = workerFor(receiver.port);

      accepted = [sub.secret]; // a receiver that has not switched yet
      await emit("rot.one");
      expect(await worker.runDue()).toBe(1);
      accepted = [rotated.secret]; // one that has
      await emit("rot.two");
      expect(await worker.runDue()).toBe(1);
      expect(receiver.received.map((r) => r.verified)).toEqual([true, true]);
      expect(receiver.received[0]!.headers["webhook-signature"]!.split(" ")).toHaveLength(2);

      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + DAY + MIN);
      accepted = [sub.secret]; // past the overlap the old secret no longer signs
      await emit("rot.three");
      expect(await worker.runDue()).toBe(1);
      expect(receiver.received[2]!.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
      expect(receiver.received[2]!.verified).toBe(false);
    } finally {
      await receiver.close();
    }
  });

  it("a 410 Gone disables the subscription at once; it then gets no new deliveries until re-enabled", async () => {
    const receiver = await startWebhookReceiver({ secrets: () => [], failFirst: 100, failStatus: 410 });
    try {
      const sub = await createWebhook({ workspaceId: WS, input: { url: receiver.url, events: ["gone.test"] } });
      const worker = workerFor(receiver.port);
      await emit("gone.test");
      expect(await worker.runDue()).toBe(1);
      const row = await getDb().webhookSubscription.findUniqueOrThrow({ where: { id: sub.id } });
      expect(row.status).toBe("disabled");
      expect(row.disabledReason).toContain("410 Gone");
      expect((await deliveriesOf(sub.id))[0]).toMatchObject({ status: "failed", attempts: 1 });
      await emit("gone.test");
      expect(await deliveriesOf(sub.id)).toHaveLength(1);
      const again = await updateWebhook({ workspaceId: WS, id: sub.id, input: { status: "active" } });
      expect(again).toMatchObject({ status: "active", disabledReason: null });
    } finally {
      await receiver.close();
    }
  });

  it("5 days of nothing but failed attempts disables the subscription with a visible reason", async () => {
    const receiver = await startWebhookReceiver({ secrets: () => [], failFirst: 1000, failStatus: 500 });
    try {
      const sub = await createWebhook({
        workspaceId: WS,
        input: {
          url: receiver.url,
          events: ["down.test"],
          retrySchedule: [0, 86_400, 86_400, 86_400, 86_400, 86_400, 86_400, 86_400],
        },
      });
      vi.useFakeTimers({ toFake: ["Date"] });
      const t0 = Date.now();
      await emit("down.test");
      const worker = workerFor(receiver.port);
      for (let day = 0; day <= 5; day++) {
        vi.setSystemTime(t0 + day * (DAY + 5 * 3_600_000));
        expect(await worker.runDue()).toBe(1);
        const row = await getDb().webhookSubscription.findUniqueOrThrow({ where: { id: sub.id } });
        if (day < 5) expect(row.status).toBe("active");
        else {
          expect(row.status).toBe("disabled");
          expect(row.disabledReason).toMatch(/failed since .*\(5 days\)/);
          break;
        }
      }
      expect((await deliveriesOf(sub.id))[0]).toMatchObject({ status: "failed" });
    } finally {
      await receiver.close();
    }
  });

  it("a delivery is claimed by one worker at a time; a dead worker's lease is taken over, and its late result is discarded", async () => {
    let secret = "";
    const receiver = await startWebhookReceiver({ secrets: () => [secret] });
    try {
      const sub = await createWebhook({ workspaceId: WS, input: { url: receiver.url, events: ["lease.test"] } });
      secret = sub.secret;
      for (let i = 0; i < 6; i++) await emit("lease.test", { i });
      const now = Date.now();
      const [a, b] = await Promise.all([
        claimDeliveries({ workerId: "wrk_a", now, leaseMs: 5_000, limit: 4 }),
        claimDeliveries({ workerId: "wrk_b", now, leaseMs: 5_000, limit: 4 }),
      ]);
      expect(a.length + b.length).toBe(6);
      expect(new Set([...a, ...b]).size).toBe(6);
      // Both workers "die": nobody else may take their deliveries until the leases run out.
      expect(await claimDeliveries({ workerId: "wrk_c", now: now + 4_000, leaseMs: 5_000, limit: 10 })).toEqual([]);
      const retaken = await claimDeliveries({ workerId: "wrk_c", now: now + 6_000, leaseMs: 60_000, limit: 10 });
      expect(retaken.sort()).toEqual([...a, ...b].sort());
      const fetch = guardedFetchWith({ allowlist: `127.0.0.1:${receiver.port}`, maxRedirects: 0 });
      const deps = { store: store.deliveries, fetch: (req: Parameters<typeof fetch>[0]) => fetch(req), now: Date.now };
      for (const id of retaken) await processDelivery(id, "wrk_c", deps);
      // The first worker wakes up and tries to record: its lease is gone, nothing is written twice.
      await expect(processDelivery(a[0] ?? b[0]!, "wrk_a", deps)).resolves.toBeUndefined();
      expect(receiver.received).toHaveLength(6);
      expect((await deliveriesOf(sub.id)).every((d) => d.status === "delivered" && d.attempts === 1)).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it("a run that fails writes no events; only matching active subscriptions get a delivery", async () => {
    const receiver = await startWebhookReceiver({ secrets: () => [] });
    try {
      const all = await createWebhook({ workspaceId: WS, input: { url: receiver.url, events: ["*"] } });
      const paused = await createWebhook({ workspaceId: WS, input: { url: receiver.url, events: ["*"] } });
      await updateWebhook({ workspaceId: WS, id: paused.id, input: { status: "paused" } });
      const other = await createWebhook({ workspaceId: WS, input: { url: receiver.url, events: ["nothing.else"] } });
      const eventId = await emit("fan.out");
      expect((await deliveriesOf(all.id)).map((d) => d.eventId)).toContain(eventId);
      expect(await deliveriesOf(paused.id)).toEqual([]);
      expect(await deliveriesOf(other.id)).toEqual([]);
      expect(await getDb().webhookEvent.count({ where: { id: eventId } })).toBe(1);
    } finally {
      await receiver.close();
    }
  });
});
