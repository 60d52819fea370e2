import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { allRecords, history, publishEndpoint, waitUntil } from "../support/seed";
import { startSlowReceiver } from "../support/slow-receiver";

describeEachProvider("two server processes on one database", (provider) => {
  let first: TTestServer;
  let second: TTestServer;
  beforeAll(async () => {
    first = await startTestServer(provider, { HOOKSTACK_OUTBOUND_ALLOWLIST: "127.0.0.1" });
    second = await startTestServer(provider, { HOOKSTACK_OUTBOUND_ALLOWLIST: "127.0.0.1" }, first);
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it("share the background queue: requests accepted by either are each processed once", async () => {
    const upstream = await startSlowReceiver({ delayMs: 150 });
    try {
      const table = await first.api("POST", "/api/v1/tables", {
        name: "shared_out",
        fields: [{ name: "event_id", type: "text", required: true }],
      });
      expect(table.status).toBe(201);
      const { id, path } = await publishEndpoint(
        first,
        {
          version: 1,
          nodes: [
            { id: "start", type: "webhook", config: {} },
            { id: "raw", type: "getRawInput", config: { as: "payload" } },
            { id: "call", type: "externalRequest", config: { url: `'${upstream.url}'`, body: "$payload" } },
            { id: "save", type: "addRecord", config: { table: "shared_out", fields: { event_id: "$payload.id" } } },
          ],
          edges: [
            { source: "start", target: "raw" },
            { source: "raw", target: "call" },
            { source: "call", target: "save" },
          ],
        },
        { mode: "background" },
      );
      const accepted: string[] = [];
      for (let i = 0; i < 30; i++) {
        const res = await (i % 2 ? second : first).post(path, JSON.stringify({ id: `evt_shared_${i}` }));
        expect(res.status).toBe(202);
        accepted.push((await res.json()).requestId);
      }
      await waitUntil(
        async () => {
          const rows = await history(first, id);
          return accepted.every((rid) => rows.find((r) => r.id === rid)?.state === "succeeded");
        },
        60_000,
        "every request to be processed",
      );
      const stored = (await allRecords(second, "shared_out")).map((r) => r.event_id);
      expect(stored).toHaveLength(30);
      expect(new Set(stored).size).toBe(30);
      // Each request ran once: one upstream call per request, none repeated by the other process.
      expect(upstream.calls()).toBe(30);
    } finally {
      await upstream.close();
    }
  }, 90_000);
});
