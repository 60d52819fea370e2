import { afterAll, beforeAll, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { describeEachProvider } from "../support/providers";
import { waitUntil } from "../support/seed";
import { startTestServer, type TTestServer } from "../support/test-server";
import { startWebhookReceiver } from "../support/webhook-receiver";

describeEachProvider("record.* events from changes by hand (back office)", (provider) => {
  let server: TTestServer;
  const secrets: string[] = [];
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const base = "/api/v1/tables/contacts";

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ secrets: () => secrets });
    server = await startTestServer(provider, {
      HOOKSTACK_OUTBOUND_ALLOWLIST: `127.0.0.1:${receiver.port}`,
      HOOKSTACK_WEBHOOK_TIMEOUT_MS: "4000",
    });
    const fields = [
      { name: "email", type: "text", required: true, unique: true },
      { name: "visits", type: "integer" },
    ];
    expect((await server.api("POST", "/api/v1/tables", { name: "contacts", fields })).status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await receiver?.close();
  });

  const bodies = () =>
    receiver.received.map(
      (r) =>
        JSON.parse(r.body) as { id: string; type: string; data: { table: string; record: Record<string, unknown> } },
    );
  const settle = () => new Promise((r) => setTimeout(r, 1500));

  it("a record.* subscription receives created, updated and deleted for hand edits, and one created per imported row", async () => {
    const sub = await server.api("POST", "/api/v1/webhooks", { url: receiver.url, events: ["record.*"] });
    expect(sub.status).toBe(201);
    secrets.push(sub.body.secret);

    const created = await server.api("POST", `${base}/records`, { fields: { email: "a@x.io", visits: 1 } });
    expect(created.status).toBe(201);
    const edited = await server.api("PUT", `${base}/records/${created.body.id}`, {
      fields: { email: "a@x.io", visits: 2 },
    });
    expect(edited.status).toBe(200);
    expect((await server.api("DELETE", `${base}/records/${created.body.id}`)).status).toBe(204);
    const imported = await server.api("POST", `${base}/import`, { csv: "email,visits\nb@x.io,5\nc@x.io,\n" });
    expect(imported.body).toEqual({ imported: 2 });

    await waitUntil(async () => receiver.received.length >= 5 && receiver.received, 45_000, "five deliveries");
    await settle();
    expect(receiver.received).toHaveLength(5);
    for (const r of receiver.received) {
      expect(r.verified).toBe(true);
      expect(() => new Webhook(sub.body.secret).verify(r.body, r.headers)).not.toThrow();
    }
    const got = bodies();
    const record = { id: created.body.id, createdAt: created.body.createdAt, email: "a@x.io" };
    expect(got.find((b) => b.type === "record.created" && b.data.record.id === created.body.id)?.data).toEqual({
      table: "contacts",
      record: { ...record, visits: 1 },
    });
    expect(got.find((b) => b.type === "record.updated")?.data).toEqual({
      table: "contacts",
      record: { ...record, visits: 2 },
    });
    expect(got.find((b) => b.type === "record.deleted")?.data).toEqual({
      table: "contacts",
      record: { ...record, visits: 2 },
    });
    const fromImport = got
      .filter((b) => b.type === "record.created" && b.data.record.id !== created.body.id)
      .map((b) => b.data);
    expect(fromImport.map((d) => d.record.email).sort()).toEqual(["b@x.io", "c@x.io"]);
    expect(fromImport.find((d) => d.record.email === "c@x.io")).toEqual({
      table: "contacts",
      record: { id: expect.stringMatching(/^rec_/), createdAt: expect.any(String), email: "c@x.io", visits: null },
    });
    // Stored once each, with an id, as /events lists them; a change by hand has no request.
    const events = (await server.api("GET", "/api/v1/events?type=record.created&limit=10")).body.data as any[];
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(events.every((e) => e.requestId === null && /^evt_/.test(e.id))).toBe(true);
    expect(new Set(got.map((b) => b.id)).size).toBe(5);
  }, 60_000);

  it("a refused import, a refused edit and a refused insert emit nothing", async () => {
    receiver.reset();
    const before = (await server.api("GET", "/api/v1/events?limit=100")).body.data.length as number;
    expect((await server.api("POST", `${base}/import`, { csv: "email,visits\nd@x.io,1\ne@x.io,two\n" })).status).toBe(
      400,
    );
    // The taken value is in the second chunk of 500 rows: the first chunk (records and events) was written, then undone.
    const rows = Array.from({ length: 500 }, (_, i) => `f${i}@x.io`);
    expect((await server.api("POST", `${base}/import`, { csv: `email\n${rows.join("\n")}\nb@x.io\n` })).status).toBe(
      409,
    );
    expect((await server.api("POST", `${base}/records`, { fields: { email: "b@x.io" } })).status).toBe(409);
    const c = (await server.api("GET", `${base}/records?limit=10`)).body.records.find((r: any) => r.email === "c@x.io");
    expect((await server.api("PUT", `${base}/records/${c.id}`, { fields: { email: "b@x.io" } })).status).toBe(409);
    await settle();
    expect(receiver.received).toEqual([]);
    expect((await server.api("GET", "/api/v1/events?limit=100")).body.data).toHaveLength(before);
    const records = (await server.api("GET", `${base}/records?limit=10`)).body.records as any[];
    expect(records.map((r) => r.email).sort()).toEqual(["b@x.io", "c@x.io"]);
  }, 60_000);

  const countAll = async (path: string) => {
    let n = 0;
    for (let cursor = ""; ;) {
      const page = (await server.api("GET", `${path}&limit=200${cursor && `&cursor=${cursor}`}`)).body as {
        data: unknown[];
        nextCursor: string | null;
      };
      n += page.data.length;
      if (!page.nextCursor) return n;
      cursor = page.nextCursor;
    }
  };

  it("a large import writes one event per row and one delivery per row for each matching subscription", async () => {
    // A second subscription, to a port the guard refuses: its deliveries are counted.
    const sub = await server.api("POST", "/api/v1/webhooks", {
      url: "http://127.0.0.1:9/",
      events: ["record.created"],
      retrySchedule: [0],
    });
    expect(sub.status).toBe(201);
    const created = await countAll("/api/v1/events?type=record.created");
    const rows = Array.from({ length: 1200 }, (_, i) => `g${i}@x.io,${i}`);
    expect((await server.api("POST", `${base}/import`, { csv: `email,visits\n${rows.join("\n")}\n` })).body).toEqual({
      imported: 1200,
    });
    expect(await countAll("/api/v1/events?type=record.created")).toBe(created + 1200);
    expect(await countAll(`/api/v1/webhooks/${sub.body.id}/deliveries?`)).toBe(1200);
    // Deleted while its 1200 deliveries are being attempted (tests/webhooks/in-flight.test.ts covers it in full).
    expect((await server.api("DELETE", `/api/v1/webhooks/${sub.body.id}`)).status).toBe(204);
  }, 60_000);
});
