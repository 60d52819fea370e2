import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { echoGraph } from "../api/fixtures";
import { published } from "../records/fixtures";

describeEachProvider("dashboard: figures rolled up from the history as runs finish", (provider) => {
  let s: TTestServer;
  beforeAll(async () => {
    s = await startTestServer(provider);
  });
  afterAll(() => s?.stop());

  it("counts requests and errors per endpoint and overall, puts the failing endpoint first and lists its failures", async () => {
    const ok = await published(s, "Healthy", echoGraph("'fine'"));
    const bad = await published(s, "Broken", echoGraph("'nope'", "500"));
    for (let i = 0; i < 4; i++) await s.post(ok.path, JSON.stringify({ n: i }), { "content-type": "application/json" });
    for (let i = 0; i < 2; i++)
      await s.post(bad.path, JSON.stringify({ n: i }), { "content-type": "application/json" });

    // The run store writes the rollup a second after the runs (lib/run-stats/with-run-stats.ts).
    let res = await s.api("GET", "/api/v1/dashboard?range=hour");
    await expect
      .poll(async () => (res = await s.api("GET", "/api/v1/dashboard?range=hour")).body.overall?.requests, {
        timeout: 5000,
      })
      .toBe(6);
    expect(res.status).toBe(200);
    const d = res.body;
    expect(d.range).toBe("hour");
    expect(d.stepMs).toBe(60_000);
    expect(d.overall).toMatchObject({ requests: 6, errors: 2 });
    expect(d.overall.errorRate).toBeCloseTo(2 / 6);
    expect(d.overall.p50).toEqual(expect.any(Number));
    expect(d.overall.p95).toBeGreaterThanOrEqual(d.overall.p50);
    expect(d.overall.series).toHaveLength(60);
    expect(d.overall.series.reduce((n: number, p: { requests: number }) => n + p.requests, 0)).toBe(6);

    expect(d.endpoints[0]).toMatchObject({ id: bad.id, name: "Broken", isFailingNow: true, requests: 2, errors: 2 });
    const healthy = d.endpoints.find((e: { id: string }) => e.id === ok.id);
    expect(healthy).toMatchObject({ isFailingNow: false, requests: 4, errors: 0, errorRate: 0 });
    expect(healthy.series.reduce((n: number, p: { requests: number }) => n + p.requests, 0)).toBe(4);

    expect(d.failures).toHaveLength(2);
    expect(d.failures[0]).toMatchObject({ endpointId: bad.id, endpointName: "Broken", status: 500 });

    const week = (await s.api("GET", "/api/v1/dashboard?range=week")).body;
    expect(week.overall.series).toHaveLength(168);
    expect(week.overall.requests).toBe(6);
    expect((await s.api("GET", "/api/v1/dashboard?range=year")).status).toBe(400);
  });

  it("the dashboard is the home page, and an execution has its own page", async () => {
    const anonymous = await fetch(`${s.baseUrl}/`, { redirect: "manual" });
    expect(anonymous.headers.get("location")).toContain("/sign-in");
    const home = await (await fetch(`${s.baseUrl}/`, { headers: { cookie: s.ownerCookie } })).text();
    expect(home).toContain("Dashboard");
    expect(home).toContain("Broken");
    const list = (await s.api("GET", "/api/v1/executions?limit=1")).body;
    const page = await fetch(`${s.baseUrl}/executions/${list.executions[0].id}`, {
      headers: { cookie: s.ownerCookie },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Download request (JSON)");
    const missing = await fetch(`${s.baseUrl}/executions/req_nope`, { headers: { cookie: s.ownerCookie } });
    expect(missing.status).toBe(404);
  });
});
