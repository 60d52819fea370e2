import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresAvailable } from "../support/postgres";
import { startTestServer, type TTestServer } from "../support/test-server";
import { freePort, nginxBinary, startNginx, type TNginx } from "../support/nginx";
import { publishEndpoint, waitUntil } from "../support/seed";
import { createSender, type TLoadResult } from "./load";

/** The "real" client: a loopback address other than 127.0.0.1, so the history's IP proves where it came from. */
const CLIENT_IP = "127.0.0.7";
const BACKGROUND = 1500;
const DIRECT = 1000;

const hasNginx = Boolean(nginxBinary());
if (!hasNginx && process.env.CI) throw new Error("CI requires nginx (apt-get install nginx): tests/scale needs it");
const hasPostgres = await postgresAvailable();
const skipReason = !hasNginx ? "nginx is not installed" : !hasPostgres ? "no PostgreSQL server answered" : "";
if (skipReason) console.warn(`\n!!! tests/scale/nginx-two-instances DID NOT RUN: ${skipReason} !!!\n`);

const saving = (table: string, extra: object[] = [], edges: object[] = []) => ({
  version: 1,
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "raw", type: "getRawInput", config: { as: "payload" } },
    { id: "save", type: "addRecord", config: { table, fields: { event_id: "$payload.id" } } },
    ...extra,
  ],
  edges: [{ source: "start", target: "raw" }, { source: "raw", target: "save" }, ...edges],
});
const answering = (text: string) => ({
  version: 1,
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "ok", type: "response", config: { status: "200", body: `'${text}'` } },
  ],
  edges: [{ source: "start", target: "ok" }],
});

describe.skipIf(Boolean(skipReason))("two instances behind nginx on one PostgreSQL database", () => {
  let first: TTestServer;
  let second: TTestServer;
  let proxy: TNginx;
  let db: pg.Client;
  beforeAll(async () => {
    const env = {
      HOOKSTACK_TRUST_PROXY: "true",
      // A job leased by the instance we kill is taken over once its lease (run timeout + 5 s) runs out.
      HOOKSTACK_RUN_TIMEOUT_MS: "3000",
    };
    first = await startTestServer("postgres", { ...env, PORT: String(await freePort(3420, 3439)) });
    const firstPort = Number(new URL(first.baseUrl).port);
    second = await startTestServer("postgres", { ...env, PORT: String(await freePort(firstPort + 1, 3439)) }, first);
    proxy = await startNginx({
      upstreams: [first, second].map((s) => new URL(s.baseUrl).host),
      port: await freePort(3400, 3419),
      revealUpstream: true,
    });
    db = new pg.Client({ connectionString: first.databaseUrl });
    await db.connect();
    for (const name of ["scale_bg", "scale_direct"]) {
      const res = await first.api("POST", "/api/v1/tables", { name, fields: [{ name: "event_id", type: "text" }] });
      expect(res.status).toBe(201);
    }
    // Two production servers and a migration: minutes on a loaded 2-core machine, seconds on an idle one.
  }, 300_000);
  afterAll(async () => {
    await db?.end();
    await proxy?.stop();
    await second?.stop();
    await first?.stop();
  });

  async function recordsOf(table: string): Promise<string[]> {
    const { rows } = await db.query(
      `SELECT r.data FROM data_records r JOIN data_tables t ON t.id = r.table_id WHERE t.name = $1`,
      [table],
    );
    return rows.map((r) => JSON.parse(r.data).event_id);
  }

  it("a publish and a settings change made through one instance are live on the other at once", async () => {
    const { id, path } = await publishEndpoint(first, answering("v1"));
    expect(await (await second.post(path, "{}")).text()).toBe("v1");
    expect((await first.api("PUT", `/api/v1/endpoints/${id}/graph`, { graph: answering("v2") })).status).toBe(200);
    expect((await first.api("POST", `/api/v1/endpoints/${id}/publish`)).status).toBe(200);
    expect(await (await second.post(path, "{}")).text()).toBe("v2");
    expect((await second.api("PATCH", `/api/v1/endpoints/${id}`, { enabled: false })).status).toBe(200);
    expect((await first.post(path, "{}")).status).toBe(404);
  });

  it("the live-request listener, reached through nginx, sees requests that the other instance served", async () => {
    const { id, path } = await publishEndpoint(first, answering("heard"));
    const abort = new AbortController();
    const stream = await fetch(`${proxy.url}/api/v1/endpoints/${id}/listen`, {
      headers: { authorization: `Bearer ${first.apiKey}` },
      signal: abort.signal,
    });
    expect(stream.status).toBe(200);
    const listener = stream.headers.get("x-upstream");
    const reader = stream.body!.getReader();
    let text = "";
    const read = async (until: (t: string) => boolean) => {
      while (!until(text)) text += new TextDecoder().decode((await reader.read()).value);
    };
    await read((t) => t.includes("event: ready"));
    const sender = createSender({ baseUrl: proxy.url, localAddress: CLIENT_IP, concurrency: 1 });
    const upstreams = new Set<string>();
    for (let i = 0; i < 4; i++) upstreams.add((await sender.post(path, "{}")).headers["x-upstream"] as string);
    sender.close();
    // Round robin: some of the four went to the instance the stream is not on.
    expect([...upstreams].some((u) => u !== listener)).toBe(true);
    await read((t) => (t.match(/event: request/g) ?? []).length >= 4);
    abort.abort();
    expect(text).toContain(`"ip":"${CLIENT_IP}"`);
  });

  it("an endpoint's rate limit holds across both instances (10 of 30 through round robin)", async () => {
    const { path } = await publishEndpoint(first, answering("limited"), {
      rateLimit: { limit: 10, windowSeconds: 3600 },
    });
    // Windows are aligned to the hour: not in its last seconds, or the 30 could straddle two windows.
    const intoHour = Date.now() % 3_600_000;
    if (intoHour > 3_590_000) await new Promise((r) => setTimeout(r, 3_600_000 - intoHour + 100));
    const sender = createSender({ baseUrl: proxy.url, localAddress: CLIENT_IP, concurrency: 5 });
    const results = await sender.run(Array.from({ length: 30 }, (_, i) => ({ path, eventId: `rl_${i}` })));
    sender.close();
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    expect(new Set(results.map((r) => r.upstream)).size).toBe(2);
  });

  it("thousands of background and direct requests, one instance SIGKILLed mid-run and restarted: each accepted one processed once", async () => {
    const bg = await publishEndpoint(first, saving("scale_bg"), { mode: "background" });
    const direct = await publishEndpoint(first, saving("scale_direct"));
    const jobs = Array.from({ length: BACKGROUND + DIRECT }, (_, i) =>
      i % 5 < 3 && i < BACKGROUND * (5 / 3)
        ? { path: bg.path, eventId: `bg_${i}` }
        : { path: direct.path, eventId: `direct_${i}` },
    );
    const sender = createSender({ baseUrl: proxy.url, localAddress: CLIENT_IP, concurrency: 16 });
    let restarted: Promise<void> | undefined;
    const results: TLoadResult[] = await sender.run(jobs, (done) => {
      if (done === Math.floor(jobs.length * 0.35) && !restarted) {
        restarted = second.kill("SIGKILL").then(() => second.restart());
      }
    });
    sender.close();
    await restarted;

    const accepted = results.filter((r) => r.status === 200 || r.status === 202);
    const refused = results.filter((r) => !(r.status === 200 || r.status === 202));
    // nginx skips the dead instance: only requests in flight on it when it died may fail (502), never most.
    expect(refused.every((r) => r.status === 502 || r.status === 0)).toBe(true);
    expect(refused.length).toBeLessThan(50);
    expect(accepted.length).toBeGreaterThan(jobs.length - 50);
    const acceptedBg = accepted.filter((r) => r.status === 202);
    const acceptedDirect = accepted.filter((r) => r.status === 200);
    expect(acceptedBg.length + acceptedDirect.length).toBe(accepted.length);
    expect(acceptedDirect.every((r) => r.eventId.startsWith("direct_"))).toBe(true);

    // Every accepted background request is processed, including those the killed instance had accepted (their
    // jobs are taken over once the dead instance's leases run out). Each accepted id is waited for, not a count: a
    // request nginx answered 502 for may still have been stored and run, and would make up a count.
    const acceptedIds = acceptedBg.map((r) => r.requestId!);
    await waitUntil(
      async () => {
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM request_logs WHERE id = ANY($1) AND state = 'succeeded'`,
          [acceptedIds],
        );
        return rows[0].n === acceptedIds.length;
      },
      90_000,
      "every accepted background request to succeed",
    );
    const { rows: bgRows } = await db.query(`SELECT id, state, ip FROM request_logs WHERE endpoint_id = $1`, [bg.id]);
    const bgState = new Map(bgRows.map((r) => [r.id, r.state]));
    expect(acceptedBg.filter((r) => bgState.get(r.requestId!) !== "succeeded")).toEqual([]);

    // No record twice, and every accepted request's record is there.
    for (const [table, mine] of [
      ["scale_bg", acceptedBg],
      ["scale_direct", acceptedDirect],
    ] as const) {
      const stored = await recordsOf(table);
      expect(stored.length, `${table}: a record stored twice`).toBe(new Set(stored).size);
      const have = new Set(stored);
      expect(mine.filter((r) => !have.has(r.eventId)).map((r) => r.eventId)).toEqual([]);
    }

    // The history is complete: one succeeded entry per accepted direct request, and every entry has the real IP
    // (nginx appended it to the forged X-Forwarded-For; Hookstack reads the entry nginx wrote).
    const { rows: directRows } = await db.query(`SELECT body, state, ip FROM request_logs WHERE endpoint_id = $1`, [
      direct.id,
    ]);
    const succeeded = directRows.filter((r) => r.state === "succeeded").map((r) => JSON.parse(r.body).id);
    expect(succeeded.length).toBe(new Set(succeeded).size);
    const logged = new Set(succeeded);
    expect(acceptedDirect.filter((r) => !logged.has(r.eventId))).toEqual([]);
    const ips = new Set([...bgRows, ...directRows].map((r) => r.ip));
    expect([...ips]).toEqual([CLIENT_IP]);
    console.log(
      `scale test: ${acceptedBg.length} background + ${acceptedDirect.length} direct accepted, ` +
        `${refused.length} refused while an instance was down (${refused.map((r) => r.status).join(",")})`,
    );
  }, 110_000);
});
