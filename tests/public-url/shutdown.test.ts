import { existsSync, statSync } from "node:fs";
import { Agent, request } from "node:http";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { allRecords, history, publishEndpoint, waitUntil } from "../support/seed";
import { startSlowReceiver } from "../support/slow-receiver";

/** A stack that waits on a slow service, then stores a record and answers: in flight long enough to be stopped mid-run. */
function slowStack(url: string) {
  return {
    version: 1,
    nodes: [
      { id: "start", type: "webhook", config: {} },
      { id: "raw", type: "getRawInput", config: { as: "input" } },
      { id: "call", type: "externalRequest", config: { url: `'${url}'` } },
      { id: "save", type: "addRecord", config: { table: "drained", fields: { n: "$input.n" } } },
      { id: "ok", type: "response", config: { body: "{ 'n': $input.n }" } },
    ],
    edges: [
      { source: "start", target: "raw" },
      { source: "raw", target: "call" },
      { source: "call", target: "save" },
      { source: "save", target: "ok" },
    ],
  };
}

/** One request on `agent`: its status, or the connection error's code (a clean refusal is either a 503 or a closed connection). */
function statusOf(url: string, agent: Agent): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(url, { method: "POST", agent, headers: { "content-type": "application/json" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (err) => resolve((err as NodeJS.ErrnoException).code ?? "error"));
    req.end(JSON.stringify({ n: 100 }));
  });
}

describeEachProvider("graceful shutdown", (provider) => {
  let server: TTestServer;
  let upstream: Awaited<ReturnType<typeof startSlowReceiver>>;

  beforeAll(async () => {
    upstream = await startSlowReceiver({ delayMs: 1_500 });
    server = await startTestServer(provider, {
      HOOKSTACK_OUTBOUND_ALLOWLIST: "127.0.0.1",
      HOOKSTACK_SHUTDOWN_GRACE_MS: "15000",
    });
    const table = await server.api("POST", "/api/v1/tables", {
      name: "drained",
      fields: [{ name: "n", type: "integer", required: true }],
    });
    expect(table.status).toBe(201);
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await upstream?.close();
  });

  it("on SIGTERM answers the 20 requests in flight, keeps their history and records, refuses newcomers cleanly, and leaves no WAL", async () => {
    const { id, path: hookPath } = await publishEndpoint(server, slowStack(upstream.url));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    // A kept-alive connection opened before the stop, to send a request on after it.
    expect(await statusOf(server.baseUrl + hookPath, agent)).toBe(200);
    const calls = upstream.calls();
    const inFlight = Array.from({ length: 20 }, (_, n) => server.post(hookPath, JSON.stringify({ n })));
    // Every one of them is inside its run (waiting on the slow service) when the stop comes.
    await waitUntil(async () => upstream.calls() - calls >= 20, 30_000, "20 runs in flight");
    const stopped = server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 200));
    const late = await statusOf(server.baseUrl + hookPath, agent);
    expect(late === 503 || typeof late === "string", `a request after the stop got ${late}`).toBe(true);
    const answers = await Promise.all(inFlight);
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    await stopped;
    expect(server.output()).toContain("Hookstack stopped");
    expect(server.output()).not.toMatch(/database connection is not open/);
    if (provider === "sqlite") {
      const file = server.databaseUrl.replace(/^file:/, "");
      const wal = `${file}-wal`;
      expect(!existsSync(wal) || statSync(wal).size === 0, "the WAL was checkpointed and truncated").toBe(true);
      const db = new Database(file, { readonly: true });
      expect(db.pragma("auto_vacuum", { simple: true }), "incremental auto-vacuum").toBe(2);
      db.close();
    }
    await server.restart();
    const rows = await history(server, id);
    expect(rows.filter((r) => r.status === 200)).toHaveLength(21);
    expect(await allRecords(server, "drained")).toHaveLength(21);
    agent.destroy();
  }, 90_000);

  it("with a short grace period stops anyway, and the database is never used after it closed", async () => {
    await server.stop();
    server = await startTestServer(provider, {
      HOOKSTACK_OUTBOUND_ALLOWLIST: "127.0.0.1",
      HOOKSTACK_SHUTDOWN_GRACE_MS: "200",
    });
    await server.api("POST", "/api/v1/tables", {
      name: "drained",
      fields: [{ name: "n", type: "integer", required: true }],
    });
    const { path: hookPath } = await publishEndpoint(server, slowStack(upstream.url));
    const pending = server.post(hookPath, JSON.stringify({ n: 1 })).then(
      (r) => r.status,
      () => "reset",
    );
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    await server.kill("SIGTERM");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await pending).not.toBe(500);
    expect(server.output()).toMatch(/did not finish within 200 ms/);
  }, 90_000);
});
