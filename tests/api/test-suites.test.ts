import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STARTERS } from "@/lib/starters";
import { describeEachProvider } from "../support/providers";
import { history } from "../support/seed";
import { startTestServer, type TTestServer } from "../support/test-server";

const SECRETS: Record<string, string> = {
  STRIPE_SECRET: "whsec_suite_secret_1",
  GITHUB_WEBHOOK_SECRET: "github-suite-secret",
  SHOPIFY_API_SECRET: "shopify-suite-secret",
  SLACK_SIGNING_SECRET: "slack-suite-secret",
  ZOOM_SECRET_TOKEN: "zoom-suite-secret",
  META_VERIFY_TOKEN: "meta-verify-token",
  META_APP_SECRET: "meta-app-secret",
};

describeEachProvider("test suites: cases, runs, the publish gate, export and import", (provider) => {
  let s: TTestServer;
  let stripeId: string;
  beforeAll(async () => {
    s = await startTestServer(provider);
    for (const starter of STARTERS)
      for (const table of starter.tables ?? []) expect((await s.api("POST", "/api/v1/tables", table)).status).toBe(201);
    for (const [name, value] of Object.entries(SECRETS))
      expect((await s.api("PUT", `/api/v1/env/${name}`, { value })).status).toBeLessThan(300);
    const created = await s.api("POST", "/api/v1/endpoints", { name: "stripe", starter: "stripe-invoice-paid" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    stripeId = created.body.id;
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
  });

  const tests = (id: string) => `/api/v1/endpoints/${id}/tests`;
  const lineCount = async () => (await s.api("GET", "/api/v1/tables/invoice_lines")).body.recordCount as number;

  it("every starter ships a suite that passes once its variables and tables exist", async () => {
    for (const starter of STARTERS) {
      const created = await s.api("POST", "/api/v1/endpoints", { name: starter.id, starter: starter.id });
      const listed = await s.api("GET", tests(created.body.id));
      expect(listed.body.tests.length, starter.id).toBeGreaterThanOrEqual(2);
      const run = await s.api("POST", `${tests(created.body.id)}/run`);
      expect(run.status).toBe(200);
      const failing = run.body.results.filter((r: { passed: boolean }) => !r.passed);
      expect(
        failing,
        `${starter.id}: ${JSON.stringify(failing.map((f: any) => [f.name, f.error, f.expectations.filter((e: any) => !e.passed)]))}`,
      ).toEqual([]);
    }
  }, 60_000);

  it("runs the suite in dry run: per-expectation results with actual values, nothing written, no history", async () => {
    const run = await s.api("POST", `${tests(stripeId)}/run`, {});
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ total: 3, passed: 3, failed: 0, dryRun: true });
    const good = run.body.results[0];
    expect(good.request.headers["stripe-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(good.expectations).toContainEqual({
      kind: "records",
      label: "inserts in invoice_lines",
      passed: true,
      expected: 2,
      actual: 2,
    });
    expect(good.writes).toHaveLength(2);
    expect(good.trace.map((t: { nodeId: string }) => t.nodeId)).toContain("save");
    expect(run.body.results[1].response.status).toBe(401);
    expect(await lineCount()).toBe(0);
    expect(await history(s, stripeId)).toHaveLength(0);
  });

  it("a real run (dryRun: false) writes and is kept in the history as a test run", async () => {
    const [good] = (await s.api("GET", tests(stripeId))).body.tests;
    const run = await s.api("POST", `${tests(stripeId)}/run`, { testIds: [good.id], dryRun: false });
    expect(run.body).toMatchObject({ total: 1, passed: 1, dryRun: false });
    expect(run.body.results[0].requestId).toMatch(/^req_/);
    expect(await lineCount()).toBe(2);
    expect((await history(s, stripeId)).map((e) => e.source)).toEqual(["test"]);
  });

  it("adds, edits and deletes cases; refuses invalid ones naming the field, and unknown ids", async () => {
    const bad = await s.api("POST", tests(stripeId), {
      name: "x",
      expect: { assertions: [{ expression: "a", op: "equals" }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("expect.assertions.0.value");
    const made = await s.api("POST", tests(stripeId), {
      name: "teapot",
      request: { body: "{}" },
      expect: { status: 418 },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      name: "teapot",
      position: 3,
      request: { method: "POST", body: "{}", sign: false },
      expect: { status: 418 },
    });
    const put = await s.api("PUT", `${tests(stripeId)}/${made.body.id}`, { name: "teapot 2", expect: { status: 419 } });
    expect(put.body).toMatchObject({ name: "teapot 2", expect: { status: 419 } });
    expect((await s.api("POST", `${tests(stripeId)}/run`, { testIds: ["tst_nope"] })).status).toBe(404);
    expect((await s.api("DELETE", `${tests(stripeId)}/${made.body.id}`)).status).toBe(204);
    expect((await s.api("DELETE", `${tests(stripeId)}/${made.body.id}`)).status).toBe(404);
  });

  it("says why a case could not be signed", async () => {
    const ep = await s.api("POST", "/api/v1/endpoints", {
      name: "unset secret",
      graph: {
        version: 1,
        nodes: [
          { id: "start", type: "webhook", config: {} },
          { id: "sig", type: "hmacVerify", config: { preset: "github", secret: "$env.NOT_SET_YET" } },
        ],
        edges: [{ source: "start", target: "sig" }],
      },
      tests: [{ name: "signed", request: { body: "{}", sign: true }, expect: { status: 200 } }],
    });
    const run = await s.api("POST", `${tests(ep.body.id)}/run`);
    expect(run.body.results[0]).toMatchObject({
      passed: false,
      error: expect.stringContaining("NOT_SET_YET is not set"),
    });
  });

  it("publishing runs the suite: a failing case refuses it until overridden, and each version records its result", async () => {
    const failing = await s.api("POST", tests(stripeId), {
      name: "expects 500",
      request: { body: "{}" },
      expect: { status: 500, ran: ["save"] },
    });
    const refused = await s.api("POST", `/api/v1/endpoints/${stripeId}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: "tests_failed", error: expect.stringContaining("1 of 4 tests fail") });
    expect(refused.body.errors).toEqual([
      {
        path: `tests.${failing.body.id}`,
        message: expect.stringContaining("expects 500: status: expected 500, got 401"),
      },
    ]);
    expect((await s.api("GET", `/api/v1/endpoints/${stripeId}`)).body.publishedVersion).toBeNull();

    const forced = await s.api("POST", `/api/v1/endpoints/${stripeId}/publish`, { overrideTests: true });
    expect(forced.status).toBe(200);
    await s.api("DELETE", `${tests(stripeId)}/${failing.body.id}`);
    expect((await s.api("POST", `/api/v1/endpoints/${stripeId}/publish`)).status).toBe(200);
    const versions = (await s.api("GET", `/api/v1/endpoints/${stripeId}/versions`)).body.versions;
    expect(versions[1].tests).toMatchObject({
      total: 4,
      passed: 3,
      failed: 1,
      overridden: true,
      failures: [{ testId: failing.body.id, name: "expects 500" }],
    });
    expect(versions[0].tests).toMatchObject({ total: 3, passed: 3, failed: 0, overridden: false, failures: [] });
    expect((await s.api("GET", `/api/v1/endpoints/${stripeId}/versions/2`)).body.tests.passed).toBe(3);
  });

  it("the suite travels: POST /endpoints takes tests, import replaces cases by name, duplicate copies them", async () => {
    const suite = (await s.api("GET", tests(stripeId))).body.tests.map(({ name, request, expect: e }: any) => ({
      name,
      request,
      expect: e,
    }));
    const draft = (await s.api("GET", `/api/v1/endpoints/${stripeId}`)).body.draft;
    const imported = await s.api("POST", "/api/v1/endpoints", { name: "imported", graph: draft, tests: suite });
    expect((await s.api("GET", tests(imported.body.id))).body.tests.map((t: any) => t.name)).toEqual(
      suite.map((t: any) => t.name),
    );
    const again = await s.api("POST", `${tests(imported.body.id)}/import`, {
      tests: [{ ...suite[0], expect: { status: 201 } }, { name: "new one" }],
    });
    expect(again.body).toMatchObject({ added: 1, replaced: 1 });
    expect(again.body.tests).toHaveLength(4);
    expect(again.body.tests[0].expect.status).toBe(201);
    const copy = await s.api("POST", `/api/v1/endpoints/${imported.body.id}/duplicate`);
    expect((await s.api("GET", tests(copy.body.id))).body.tests).toHaveLength(4);
  });

  describe("speed", () => {
    it("runs a suite of 50 cases in a few seconds (in-process, dry run)", async () => {
      const [good, forged, ignored] = (await s.api("GET", tests(stripeId))).body.tests;
      const ep = await s.api("POST", "/api/v1/endpoints", { name: "fifty", starter: "stripe-invoice-paid" });
      const more = Array.from({ length: 47 }, (_, i) => {
        const { name, request, expect: e } = [good, forged, ignored][i % 3];
        return { name: `${name} #${i}`, request, expect: e };
      });
      expect((await s.api("POST", `${tests(ep.body.id)}/import`, { tests: more })).body.tests).toHaveLength(50);
      const started = Date.now();
      const run = await s.api("POST", `${tests(ep.body.id)}/run`);
      const wall = Date.now() - started;
      expect(run.body).toMatchObject({ total: 50, passed: 50 });
      console.log(
        `[bench] ${provider}: 50 test cases ran in ${run.body.durationMs} ms on the server, ${wall} ms over HTTP`,
      );
    });
  });
});
