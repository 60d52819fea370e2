import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { allRecords, history, publishEndpoint, waitUntil } from "../support/seed";
import { startSlowReceiver } from "../support/slow-receiver";

/** A stack that calls a slow local service, then stores one record per line: slow enough to be killed mid-run. */
function slowStack(url: string) {
  return {
    version: 1,
    nodes: [
      { id: "start", type: "webhook", config: {} },
      { id: "raw", type: "getRawInput", config: { as: "payload" } },
      { id: "call", type: "externalRequest", config: { url: `'${url}'`, body: "$payload" } },
      { id: "check", type: "conditional", config: { condition: "$response.status = 200" } },
      { id: "lines", type: "forEach", config: { list: "$payload.lines", as: "line" } },
      {
        id: "save",
        type: "addRecord",
        config: { table: "jobs_out", fields: { event_id: "$payload.id", line: "$line" } },
      },
      {
        id: "boom",
        type: "setVariable",
        config: { name: "x", value: "$error('upstream answered ' & $response.status)" },
      },
    ],
    edges: [
      { source: "start", target: "raw" },
      { source: "raw", target: "call" },
      { source: "call", target: "check" },
      { source: "check", sourceHandle: "true", target: "lines" },
      { source: "check", sourceHandle: "false", target: "boom" },
      { source: "lines", sourceHandle: "each", target: "save" },
    ],
  };
}

describeEachProvider("background processing", (provider) => {
  let server: TTestServer;

  beforeAll(async () => {
    // A short run timeout makes the lease (run timeout + 5 s) short enough for the crash test.
    server = await startTestServer(provider, {
      HOOKSTACK_RUN_TIMEOUT_MS: "2000",
      HOOKSTACK_OUTBOUND_ALLOWLIST: "127.0.0.1",
    });
    const table = await server.api("POST", "/api/v1/tables", {
      name: "jobs_out",
      fields: [
        { name: "event_id", type: "text", required: true },
        { name: "line", type: "integer", required: true },
      ],
    });
    expect(table.status).toBe(201);
  });
  afterAll(() => server?.stop());

  it("answers 202 at once, runs in the background, and retries a failing run with backoff until it succeeds", async () => {
    const upstream = await startSlowReceiver({ delayMs: 10, failFirst: 2 });
    try {
      const { id, path } = await publishEndpoint(server, slowStack(upstream.url), {
        mode: "background",
        maxAttempts: 4,
        retryBaseDelayMs: 200,
      });
      const res = await server.post(path, JSON.stringify({ id: "evt_retry", lines: [1, 2] }));
      expect(res.status).toBe(202);
      const { requestId } = await res.json();
      const done = await waitUntil(
        async () => (await history(server, id)).find((r) => r.id === requestId && r.state === "succeeded"),
        20_000,
        "the job to succeed",
      );
      expect(done.attempts).toBe(3);
      expect(upstream.calls()).toBe(3);
      expect((await allRecords(server, "jobs_out")).filter((r) => r.event_id === "evt_retry")).toHaveLength(2);
    } finally {
      await upstream.close();
    }
  }, 30_000);

  it("marks a run failed after its last attempt, and a manual retry runs it again", async () => {
    const upstream = await startSlowReceiver({ delayMs: 5, failFirst: 2 });
    try {
      const { id, path } = await publishEndpoint(server, slowStack(upstream.url), {
        mode: "background",
        maxAttempts: 2,
        retryBaseDelayMs: 100,
      });
      const { requestId } = await (await server.post(path, JSON.stringify({ id: "evt_fail", lines: [7] }))).json();
      const failed = await waitUntil(
        async () => (await history(server, id)).find((r) => r.id === requestId && r.state === "failed"),
        20_000,
        "the job to fail",
      );
      expect(failed).toMatchObject({ attempts: 2, status: 500 });
      const retry = await server.api("POST", `/api/v1/endpoints/${id}/requests/${requestId}/retry`);
      expect(retry.status).toBe(202);
      await waitUntil(
        async () => (await history(server, id)).find((r) => r.id === requestId && r.state === "succeeded"),
        20_000,
        "the retried job",
      );
      expect((await allRecords(server, "jobs_out")).filter((r) => r.event_id === "evt_fail")).toHaveLength(1);
    } finally {
      await upstream.close();
    }
  }, 45_000);

  it("loses nothing and stores nothing twice when the server is SIGKILLed with jobs queued and running", async () => {
    const upstream = await startSlowReceiver({ delayMs: 400 });
    try {
      const { id, path } = await publishEndpoint(server, slowStack(upstream.url), {
        mode: "background",
        retryBaseDelayMs: 100,
      });
      const events = 24;
      const accepted: string[] = [];
      for (let i = 0; i < events; i++) {
        const res = await server.post(path, JSON.stringify({ id: `evt_kill_${i}`, lines: [1, 2, 3] }));
        expect(res.status).toBe(202);
        accepted.push((await res.json()).requestId);
      }
      // Some jobs are running (4 at a time, 400 ms each), most still queued.
      await waitUntil(
        async () => (await history(server, id)).some((r) => r.state === "running"),
        10_000,
        "a running job",
      );
      await server.kill("SIGKILL");
      await server.restart();
      await waitUntil(
        async () => {
          const rows = await history(server, id);
          return accepted.every((rid) => rows.find((r) => r.id === rid)?.state === "succeeded");
        },
        60_000,
        "every accepted request to be processed",
      );
      const stored = (await allRecords(server, "jobs_out")).filter((r) => String(r.event_id).startsWith("evt_kill_"));
      expect(stored).toHaveLength(events * 3);
      const perEvent = new Map<string, number>();
      for (const r of stored) perEvent.set(String(r.event_id), (perEvent.get(String(r.event_id)) ?? 0) + 1);
      expect([...perEvent.values()].every((n) => n === 3)).toBe(true);
      expect(perEvent.size).toBe(events);
    } finally {
      await upstream.close();
    }
  }, 120_000);
});
