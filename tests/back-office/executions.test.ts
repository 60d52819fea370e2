import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { echoGraph } from "../api/fixtures";
import { published } from "../records/fixtures";

describeEachProvider("back office: every execution", (provider) => {
  let s: TTestServer;
  beforeAll(async () => {
    s = await startTestServer(provider);
  });
  afterAll(() => s?.stop());

  it("lists every endpoint's requests newest first, pages through them, filters, and summarizes a field", async () => {
    const a = await published(s, "Alpha", echoGraph("'a'"));
    const b = await published(s, "Beta", echoGraph("'b'", "500"));
    for (let i = 0; i < 3; i++) {
      await s.post(a.path, JSON.stringify({ n: i, kind: "push" }), {
        "content-type": "application/json",
        "x-github-event": "push",
      });
      await s.post(b.path, JSON.stringify({ n: i, kind: "ping" }), {
        "content-type": "application/json",
        "x-github-event": "ping",
      });
    }
    const all = (await s.api("GET", "/api/v1/executions?summary=header:x-github-event")).body;
    expect(all.executions).toHaveLength(6);
    expect(all.executions.map((e: { endpointName: string }) => e.endpointName)).toEqual([
      "Beta",
      "Alpha",
      "Beta",
      "Alpha",
      "Beta",
      "Alpha",
    ]);
    expect(all.executions[0]).toMatchObject({
      status: 500,
      summary: "ping",
      background: false,
      state: expect.any(String),
      method: "POST",
    });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { executions: { id: string }[]; nextCursor: string | null } } = await s.api(
        "GET",
        `/api/v1/executions?limit=4${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.body.executions.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.executions.map((e: { id: string }) => e.id));

    expect((await s.api("GET", `/api/v1/executions?endpoint=${a.id}`)).body.executions).toHaveLength(3);
    expect(
      (await s.api("GET", "/api/v1/executions?status=5xx")).body.executions.every(
        (e: { endpointName: string }) => e.endpointName === "Beta",
      ),
    ).toBe(true);
    const byBody = (await s.api("GET", "/api/v1/executions?q=%22n%22%3A1&summary=body:kind")).body.executions;
    expect(byBody.map((e: { summary: string }) => e.summary).sort()).toEqual(["ping", "push"]);
    expect((await s.api("GET", "/api/v1/executions?endpoint=ep_nope")).status).toBe(400);
    expect((await s.api("GET", "/api/v1/executions?summary=bad")).status).toBe(400);
  });

  it("the Executions page: sign in first", async () => {
    const anonymous = await fetch(`${s.baseUrl}/executions`, { redirect: "manual" });
    expect(anonymous.headers.get("location")).toContain("/sign-in");
    const html = await (await fetch(`${s.baseUrl}/executions`, { headers: { cookie: s.ownerCookie } })).text();
    expect(html).toContain("Executions");
    expect(html).toContain("Alpha");
  });
});
