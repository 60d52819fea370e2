import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { echoGraph } from "../api/fixtures";

describeEachProvider("back office: environment variables", (provider) => {
  let s: TTestServer;
  beforeAll(async () => {
    s = await startTestServer(provider);
  });
  afterAll(() => s?.stop());

  it("creates without ever replacing: 409 on an existing name, the old value still live", async () => {
    expect((await s.api("POST", "/api/v1/env", { name: "GH_SECRET", value: "zq-first-secret" })).status).toBe(201);
    const again = await s.api("POST", "/api/v1/env", { name: "GH_SECRET", value: "second" });
    expect(again.status).toBe(409);
    expect(again.body.errors[0]).toEqual({ path: "name", message: "GH_SECRET already exists" });
    const ep = (await s.api("POST", "/api/v1/endpoints", { name: "env", graph: echoGraph("$env.GH_SECRET") })).body;
    expect((await s.api("POST", `/api/v1/endpoints/${ep.id}/test`, { dryRun: true })).body.response.body).toBe(
      "zq-first-secret",
    );
    expect((await s.api("POST", "/api/v1/env", { name: "bad name", value: "x" })).status).toBe(400);
  });

  it("lists which endpoints use each variable, live or in the draft only", async () => {
    const live = (
      await s.api("POST", "/api/v1/endpoints", { name: "Live one", graph: echoGraph("$env.SHARED & $env['OTHER']") })
    ).body;
    expect((await s.api("POST", `/api/v1/endpoints/${live.id}/publish`)).status).toBe(200);
    await s.api("POST", "/api/v1/endpoints", { name: "Draft one", graph: echoGraph("$env.SHARED") });
    await s.api("PUT", "/api/v1/env/SHARED", { value: "v" });
    const vars = (await s.api("GET", "/api/v1/env")).body.variables;
    const shared = vars.find((v: { name: string }) => v.name === "SHARED");
    expect(shared.usedBy).toEqual([
      { id: expect.any(String), name: "Draft one", live: false, draft: true },
      { id: live.id, name: "Live one", live: true, draft: true },
    ]);
    expect(JSON.stringify(vars)).not.toContain('"v"');
  });

  it("the Variables page: sign in first; names and users, never values", async () => {
    const anonymous = await fetch(`${s.baseUrl}/env`, { redirect: "manual" });
    expect(anonymous.headers.get("location")).toContain("/sign-in");
    const html = await (await fetch(`${s.baseUrl}/env`, { headers: { cookie: s.ownerCookie } })).text();
    expect(html).toContain("SHARED");
    expect(html).toContain("Live one");
    expect(html).toContain("New variable");
    expect(html).not.toContain("zq-first-secret");
  });
});
