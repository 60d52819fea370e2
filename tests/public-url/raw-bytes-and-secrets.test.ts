import { createHmac } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { history, publishEndpoint, waitUntil } from "../support/seed";
import { startSlowReceiver } from "../support/slow-receiver";

const GITHUB_SECRET = "gh_integration_secret_99";
const TOKEN = "tok_live_4f9a2c7e";

const stack = (...nodes: { id: string; type: string; config: Record<string, unknown> }[]) => ({
  version: 1,
  nodes: [{ id: "start", type: "webhook", config: {} }, ...nodes],
  edges: ["start", ...nodes.map((n) => n.id)].slice(0, -1).map((id, i) => ({ source: id, target: nodes[i]!.id })),
});

describeEachProvider("raw bytes, masked tokens and dead dedupe claims", (provider) => {
  let server: TTestServer;

  beforeAll(async () => {
    // The dedupe lease is the run time (30 s by default) + 5 s: it outlasts a restart on a busy machine.
    server = await startTestServer(provider, { HOOKSTACK_OUTBOUND_ALLOWLIST: "127.0.0.1" });
    expect((await server.api("PUT", "/api/v1/env/GH_SECRET", { value: GITHUB_SECRET })).status).toBeLessThan(300);
    expect((await server.api("PUT", "/api/v1/env/TOKEN", { value: TOKEN })).status).toBeLessThan(300);
  }, 180_000);
  afterAll(() => server?.stop());

  it("checks a signature on the exact bytes of a body that is not UTF-8, direct and in the background", async () => {
    const graph = stack(
      { id: "sig", type: "hmacVerify", config: { preset: "github", secret: "$env.GH_SECRET" } },
      { id: "ok", type: "response", config: { body: "{ 'verified': true }" } },
    );
    // Latin-1 "café" and stray bytes: invalid UTF-8, so decoding to text and back would change what was signed.
    const bytes = Buffer.concat([Buffer.from('{"name":"caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from('"}')]);
    const signature = `sha256=${createHmac("sha256", GITHUB_SECRET).update(bytes).digest("hex")}`;
    const headers = { "content-type": "application/json", "x-hub-signature-256": signature };
    const direct = await publishEndpoint(server, graph);
    const res = await fetch(server.baseUrl + direct.path, { method: "POST", headers, body: bytes });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ verified: true });
    const forged = await fetch(server.baseUrl + direct.path, {
      method: "POST",
      headers,
      body: Buffer.concat([bytes, Buffer.from(" ")]),
    });
    expect(forged.status).toBe(401);

    const queued = await publishEndpoint(server, graph, { mode: "background" });
    const accepted = await fetch(server.baseUrl + queued.path, { method: "POST", headers, body: bytes });
    expect(accepted.status).toBe(202);
    await waitUntil(
      async () => (await history(server, queued.id)).find((r) => r.state === "succeeded"),
      20_000,
      "the background run to verify",
    );
  }, 60_000);

  it("answers and keeps a body holding NUL bytes, echoed in the answer (PostgreSQL's text cannot hold them)", async () => {
    const graph = stack({ id: "echo", type: "response", config: { body: "$request.body" } });
    const { id, path } = await publishEndpoint(server, graph);
    const bytes = Buffer.from("line one\0line two\0", "utf8");
    const res = await fetch(server.baseUrl + path, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: bytes,
    });
    expect(res.status).toBe(200);
    // The run saw the exact body; the history keeps it (on PostgreSQL with U+FFFD for each NUL).
    expect(await res.text()).toBe("line one\0line two\0");
    const [row] = await history(server, id);
    const kept = provider === "postgres" ? "line one\ufffdline two\ufffd" : "line one\0line two\0";
    expect(row).toMatchObject({ status: 200, body: kept, response: { body: kept } });
  });

  it("masks a token presented in the query string, right or wrong, in the stored query, trace and errors", async () => {
    const check = (source: string, name: string) =>
      stack(
        { id: "auth", type: "verifyToken", config: { source, name, token: "$env.TOKEN" } },
        { id: "echo", type: "response", config: { body: "{ 'q': $request.query }" } },
      );
    const { id, path } = await publishEndpoint(server, check("query", "k"), { allowedMethods: ["GET", "POST"] });
    expect((await fetch(`${server.baseUrl}${path}?k=${TOKEN}&page=2`)).status).toBe(200);
    const guess = "guess_0123456789";
    expect((await fetch(`${server.baseUrl}${path}?k=${guess}`)).status).toBe(401);
    const rows = await history(server, id);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const text = JSON.stringify(row);
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(guess);
      expect(row.query.k).toBe("[redacted]");
    }
    expect(rows.find((r) => r.status === 200).query.page).toBe("2");

    // Meta's handshake: hub.verify_token is masked by its name.
    const meta = await publishEndpoint(server, check("query", "hub.verify_token"), { allowedMethods: ["GET"] });
    await fetch(`${server.baseUrl}${meta.path}?hub.verify_token=abc&hub.challenge=42`);
    const [metaRow] = await history(server, meta.id);
    expect(metaRow.query["hub.verify_token"]).toBe("[redacted]");
    expect(metaRow.query["hub.challenge"]).toBe("42");
  }, 60_000);

  it("answers a retry promptly (409 + Retry-After) while a killed run's dedupe claim holds, and runs it once the lease ends", async () => {
    const upstream = await startSlowReceiver({ delayMs: 3_000 });
    try {
      const graph = stack(
        { id: "raw", type: "getRawInput", config: { as: "input" } },
        { id: "once", type: "dedupe", config: { key: "$input.id" } },
        { id: "call", type: "externalRequest", config: { url: `'${upstream.url}'` } },
        { id: "ok", type: "response", config: { body: "{ 'done': $input.id }" } },
      );
      const { path } = await publishEndpoint(server, graph);
      const body = JSON.stringify({ id: "evt_dead" });
      void server.post(path, body).catch(() => undefined);
      await waitUntil(async () => upstream.calls() > 0, 10_000, "the first run to claim its key");
      await server.kill("SIGKILL");
      await server.restart();
      const started = Date.now();
      const retry = await server.post(path, body);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(retry.status, await retry.clone().text()).toBe(409);
      expect(Number(retry.headers.get("retry-after"))).toBeGreaterThan(0);
      // The lease ends: the claim is free and the retry runs.
      await new Promise((r) => setTimeout(r, Number(retry.headers.get("retry-after")) * 1000 + 500));
      const later = await server.post(path, body);
      expect(later.status).toBe(200);
    } finally {
      await upstream.close();
    }
  }, 120_000);
});
