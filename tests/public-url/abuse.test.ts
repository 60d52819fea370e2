import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { history, publishEndpoint } from "../support/seed";
import { answerWith, postChunked, whilePinging } from "../support/abuse";

/**
 * What another caller may wait, end to end (HTTP, the UI process, the database), behind an attack. Before the fix
 * these attacks froze every endpoint for 10–40 s. The worst ping measured here: 0.3–0.7 s on a quieter machine, up
 * to 1.7 s on this 2-core machine at a load average of 20. The event loop itself is held up less than 300 ms
 * (lib/runs/isolation/run-pool.test.ts measures that directly).
 */
const LATENCY_BOUND_MS = 2_000;

/**
 * The attacks of issue #11, each sent to the real server while another endpoint and the management API are pinged:
 * each ends that request alone with a clear answer, the others keep answering promptly, and the server stays up.
 */
describeEachProvider("abusive requests", (provider) => {
  let server: TTestServer;
  let trivial: { id: string; path: string };

  beforeAll(async () => {
    server = await startTestServer(provider, { HOOKSTACK_RUN_CPU_MS: "1500", HOOKSTACK_RUN_TIMEOUT_MS: "15000" });
    trivial = await publishEndpoint(server, answerWith("{ 'pong': true }"));
  }, 180_000);
  afterAll(() => server?.stop());

  const ping = async () => {
    const [hook, api] = await Promise.all([
      server.post(trivial.path, "{}"),
      server.api("GET", "/api/v1/endpoints?limit=1"),
    ]);
    expect(hook.status).toBe(200);
    expect(api.status).toBe(200);
  };

  /** Publishes `graph`, posts `body` to it while pinging, checks the latency bound, and returns the answer and its history row. */
  async function attack(graph: unknown, body: string) {
    const { id, path } = await publishEndpoint(server, graph);
    const { value: res, worstMs, pings } = await whilePinging(ping, server.post(path, body));
    const text = await res.text();
    const answer = { status: res.status, body: text.startsWith("{") ? JSON.parse(text) : text };
    expect(pings).toBeGreaterThan(0);
    expect(worstMs, `another request waited ${Math.round(worstMs)} ms`).toBeLessThan(LATENCY_BOUND_MS);
    const [row] = await history(server, id);
    return { answer, row };
  }

  // Which limit stops it first depends on the machine: a busy one gives the (lower-priority) worker little CPU.
  const STOPPED = /CPU time limit of 1500 ms reached|memory limit of 128 MB reached|run time limit of 15000 ms reached/;

  it("$sort over 99,999 numbers (a 589 KB body) is stopped at its CPU, memory or time limit; nothing else waits", async () => {
    const items = Array.from({ length: 99_999 }, (_, i) => (i * 7919) % 99_999);
    const { answer, row } = await attack(answerWith("$sort($input.items)[0]"), JSON.stringify({ items }));
    expect(answer.status).toBe(500);
    expect(answer.body.error).toMatch(STOPPED);
    expect(row).toMatchObject({ status: 500, error: { message: expect.stringMatching(STOPPED) } });
  }, 60_000);

  it("a string doubled 27 times fails at the value cap instead of aborting the process", async () => {
    const double = "($d := function($s, $n){ $n = 0 ? $s : $d($s & $s, $n - 1) }; $length($d('x', 27)))";
    const { answer, row } = await attack(answerWith(double), "{}");
    expect(answer.status).toBe(500);
    expect(answer.body.error).toMatch(/value limit|memory limit/);
    expect(row.status).toBe(500);
  }, 60_000);

  it("$pad('', 100000000, 'x') fails at once and stores no giant trace", async () => {
    const { answer, row } = await attack(answerWith("$pad('', 100000000, 'x')"), "{}");
    expect(answer.status).toBe(500);
    expect(answer.body.error).toMatch(/value limit|memory limit/);
    expect(JSON.stringify(row).length).toBeLessThan(100_000);
  }, 60_000);

  it("a regular expression that backtracks catastrophically is stopped; nothing else waits", async () => {
    const { answer } = await attack(
      answerWith("$contains($input.s, /^(a+)+$/)"),
      JSON.stringify({ s: `${"a".repeat(40)}!` }),
    );
    expect(answer.status).toBe(500);
    expect(answer.body.error).toMatch(STOPPED);
  }, 60_000);

  it("a large value in the answer is sent, and the history keeps a clipped trace with a marker", async () => {
    const { answer, row } = await attack(answerWith("$pad('', 3000000, 'x')"), "{}");
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200);
    expect(answer.body).toHaveLength(3_000_000);
    const out = row.trace.find((t: { nodeId: string }) => t.nodeId === "out");
    expect(JSON.stringify(out)).toMatch(/clipped: \d+ characters/);
    expect(row.responseBody?.length ?? 0).toBeLessThanOrEqual(256 * 1024);
  }, 60_000);

  it("a header value with CR/LF from the payload fails the run before anything commits; the history says 500", async () => {
    const graph = answerWith("'ok'", { headers: { "x-echo": "$input.h" } });
    const { answer, row } = await attack(graph, JSON.stringify({ h: "a\r\nset-cookie: stolen=1" }));
    expect(answer.status).toBe(500);
    expect(answer.body.error).toMatch(/not a valid HTTP header/);
    expect(row).toMatchObject({ status: 500, state: "failed" });
  }, 60_000);

  it("a 1xx status is refused (the caller would hang); the caller and the history get 500", async () => {
    const { answer, row } = await attack(answerWith("'ok'", { status: "$input.s" }), JSON.stringify({ s: 150 }));
    expect(answer.status).toBe(500);
    expect(answer.body.error).toMatch(/200 to 599/);
    expect(row.status).toBe(500);
  }, 60_000);

  it("chunked bodies over the limit are refused while streaming, on /hooks and /api/v1 alike", async () => {
    const { value: hook, worstMs } = await whilePinging(
      ping,
      postChunked(server.baseUrl + trivial.path, 64 * 1024 * 1024),
    );
    // 413, or the connection closed after it while the sender was still writing.
    expect([413, "EPIPE", "ECONNRESET"]).toContain(hook.status);
    expect(hook.sentBytes).toBeLessThan(32 * 1024 * 1024);
    // Signed in: the cap must hold for a caller who may write, not only for one refused at the door.
    const api = await postChunked(`${server.baseUrl}/api/v1/endpoints`, 200 * 1024 * 1024, {
      authorization: `Bearer ${server.apiKey}`,
    });
    expect([413, "EPIPE", "ECONNRESET"]).toContain(api.status);
    expect(api.sentBytes).toBeLessThan(64 * 1024 * 1024);
    expect(worstMs).toBeLessThan(LATENCY_BOUND_MS);
  }, 60_000);

  it("a test run from the editor is isolated the same way (the management API keeps answering)", async () => {
    const { id } = await publishEndpoint(server, answerWith("$contains($input.s, /^(a+)+$/)"));
    const test = server.api("POST", `/api/v1/endpoints/${id}/test`, {
      body: JSON.stringify({ s: `${"a".repeat(40)}!` }),
    });
    const { value: res, worstMs } = await whilePinging(ping, test);
    expect(res.status).toBe(200);
    expect(res.body.response.status).toBe(500);
    expect(res.body.error.message).toMatch(STOPPED);
    expect(worstMs).toBeLessThan(LATENCY_BOUND_MS);
  }, 60_000);

  it("is still up and answering after all of it", async () => {
    await ping();
    expect(server.output()).not.toMatch(/FATAL|invalid size error|heap out of memory/i);
  });
});
