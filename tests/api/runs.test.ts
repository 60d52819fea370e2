import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { echoGraph, storeOrderGraph } from "./fixtures";

describeEachProvider("management API: publish, public URL, test runs, history", (provider) => {
  let s: TTestServer;
  beforeAll(async () => {
    s = await startTestServer(provider);
    const table = await s.api("POST", "/api/v1/tables", {
      name: "orders",
      fields: [
        { name: "order_id", type: "text", required: true },
        { name: "amount", type: "integer" },
      ],
    });
    expect(table.status).toBe(201);
  });
  afterAll(async () => {
    await s?.stop();
  });

  const createEndpoint = async (name: string, graph: unknown) => {
    const res = await s.api("POST", "/api/v1/endpoints", { name, graph });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; url: string };
  };
  const recordCount = async () => (await s.api("GET", "/api/v1/tables/orders")).body.recordCount as number;

  it("publishes, runs on the public URL, and lists the request with its trace", async () => {
    const ep = await createEndpoint("orders", storeOrderGraph("orders", "v1"));
    expect((await s.post(`/hooks/${ep.id}`, "{}")).status).toBe(404); // never published

    const published = await s.api("POST", `/api/v1/endpoints/${ep.id}/publish`);
    expect(published.body.publishedVersion).toBe(1);
    const raw = '{"id":"o-1",  "amount": 5}';
    const hook = await s.post(`/hooks/${ep.id}`, raw, { "x-custom": "yes" });
    expect(hook.status).toBe(201);
    expect(await hook.json()).toEqual({ received: "o-1", marker: "v1" });

    const history = await s.api("GET", `/api/v1/endpoints/${ep.id}/requests`);
    expect(history.status).toBe(200);
    expect(history.body.nextCursor).toBeNull();
    const [entry] = history.body.requests;
    expect(entry).toMatchObject({
      id: expect.stringMatching(/^req_/),
      source: "live",
      method: "POST",
      path: `/hooks/${ep.id}`,
      body: raw,
      bodySize: Buffer.byteLength(raw),
      bodyTruncated: false,
      status: 201,
      response: { status: 201, body: { received: "o-1", marker: "v1" } },
      error: null,
      version: 1,
    });
    expect(entry.headers["x-custom"]).toBe("yes");
    expect(Number.isNaN(Date.parse(entry.receivedAt))).toBe(false);
    expect(entry.trace.map((t: { nodeId: string; status: string }) => `${t.nodeId}:${t.status}`)).toEqual([
      "start:ok",
      "raw:ok",
      "save:ok",
      "ok:ok",
    ]);

    const one = await s.api("GET", `/api/v1/endpoints/${ep.id}/requests/${entry.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(entry);
    expect((await s.api("GET", `/api/v1/endpoints/${ep.id}/requests/req_missing`)).status).toBe(404);

    const list = await s.api("GET", "/api/v1/endpoints");
    const item = list.body.endpoints.find((e: { id: string }) => e.id === ep.id);
    expect(item.lastRequest).toEqual({ at: entry.receivedAt, status: 201 });
    expect(item.publishedVersion).toBe(1);
  });

  it("keeps the live version until the draft is republished", async () => {
    const ep = await createEndpoint("live-vs-draft", echoGraph("'one'"));
    await s.api("POST", `/api/v1/endpoints/${ep.id}/publish`);
    await s.api("PUT", `/api/v1/endpoints/${ep.id}/graph`, { graph: echoGraph("'two'") });
    expect(await (await s.post(`/hooks/${ep.id}`, "")).text()).toBe("one");

    const republished = await s.api("POST", `/api/v1/endpoints/${ep.id}/publish`);
    expect(republished.body.publishedVersion).toBe(2);
    expect(await (await s.post(`/hooks/${ep.id}`, "")).text()).toBe("two");
    // Version 1 did not change.
    expect((await s.api("GET", `/api/v1/endpoints/${ep.id}/versions/1`)).body.graph.nodes[1].config.body).toBe("'one'");
  });

  it("answers 404 on the public URL while disabled", async () => {
    const ep = await createEndpoint("toggle", echoGraph("'on'"));
    await s.api("POST", `/api/v1/endpoints/${ep.id}/publish`);
    expect((await s.post(`/hooks/${ep.id}`, "")).status).toBe(200);
    await s.api("PATCH", `/api/v1/endpoints/${ep.id}`, { enabled: false });
    expect((await s.post(`/hooks/${ep.id}`, "")).status).toBe(404);
    await s.api("PATCH", `/api/v1/endpoints/${ep.id}`, { enabled: true });
    expect((await s.post(`/hooks/${ep.id}`, "")).status).toBe(200);
  });

  it("test-runs the draft: dryRun writes no records, a real test run does", async () => {
    const ep = await createEndpoint("test-route", storeOrderGraph("orders", "draft"));
    const before = await recordCount();

    const dry = await s.api("POST", `/api/v1/endpoints/${ep.id}/test`, {
      body: { id: "t-1", amount: 3 },
      dryRun: true,
    });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toMatchObject({
      requestId: expect.stringMatching(/^req_/),
      response: { status: 201, body: { received: "t-1", marker: "draft" } },
      durationMs: expect.any(Number),
    });
    expect(dry.body.response.headers["content-type"]).toMatch(/json/);
    expect(dry.body.trace.find((t: { nodeId: string }) => t.nodeId === "save").status).toBe("skipped");
    expect(await recordCount()).toBe(before);

    const real = await s.api("POST", `/api/v1/endpoints/${ep.id}/test`, { body: '{"id":"t-2","amount":4}' });
    expect(real.status).toBe(200);
    expect(real.body.response.body).toEqual({ received: "t-2", marker: "draft" });
    expect(real.body.trace.find((t: { nodeId: string }) => t.nodeId === "save").status).toBe("ok");
    expect(await recordCount()).toBe(before + 1);

    // Both runs are in the history as test requests, and the endpoint was never published.
    const tests = await s.api("GET", `/api/v1/endpoints/${ep.id}/requests?source=test`);
    expect(tests.body.requests.map((r: { id: string }) => r.id)).toEqual([real.body.requestId, dry.body.requestId]);
    expect(tests.body.requests[0]).toMatchObject({ body: '{"id":"t-2","amount":4}', version: null });
    expect((await s.api("GET", `/api/v1/endpoints/${ep.id}/requests?source=live`)).body.requests).toEqual([]);
  });

  it("test-runs an unsaved graph with the request the public URL would see", async () => {
    const ep = await createEndpoint("unsaved", echoGraph("'saved'"));
    const graph = echoGraph(
      "{ 'method': $request.method, 'path': $request.path, 'q': $request.query.a, 'h': $request.headers.'x-one', 'type': $request.headers.'content-type', 'body': $request.body }",
    );
    const res = await s.api("POST", `/api/v1/endpoints/${ep.id}/test`, {
      graph,
      body: { a: 1 },
      headers: { "X-One": "1" },
      query: { a: "b" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.response.body).toEqual({
      method: "POST",
      path: `/hooks/${ep.id}`,
      q: "b",
      h: "1",
      type: "application/json",
      body: '{"a":1}',
    });
    // The saved draft is unchanged.
    expect((await s.api("GET", `/api/v1/endpoints/${ep.id}`)).body.draft.nodes[1].config.body).toBe("'saved'");

    const invalid = await s.api("POST", `/api/v1/endpoints/${ep.id}/test`, {
      graph: {
        version: 1,
        nodes: [
          { id: "start", type: "webhook", config: {} },
          { id: "c", type: "conditional", config: {} },
        ],
        edges: [{ source: "start", target: "c" }],
      },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0]).toMatchObject({ nodeId: "c", path: "nodes.1.config.condition" });
  });

  it("reports a failing node in the test answer", async () => {
    const ep = await createEndpoint("fails", {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "raw", type: "getRawInput", config: { encoding: "json" } },
      ],
      edges: [{ source: "start", target: "raw" }],
    });
    const res = await s.api("POST", `/api/v1/endpoints/${ep.id}/test`, { body: "not json" });
    expect(res.status).toBe(200);
    expect(res.body.response.status).toBe(400);
    expect(res.body.error).toMatchObject({ nodeId: "raw", message: expect.any(String) });
  });

  it("filters and pages the history", async () => {
    const ep = await createEndpoint(
      "history",
      echoGraph("$number($request.headers.'x-status')", "$number($request.headers.'x-status')"),
    );
    await s.api("POST", `/api/v1/endpoints/${ep.id}/publish`);
    const start = new Date().toISOString();
    for (const [status, body] of [
      ["200", "alpha"],
      ["404", "beta"],
      ["500", "gamma"],
      ["201", "alphabet"],
    ] as const) {
      expect((await s.post(`/hooks/${ep.id}`, body, { "x-status": status })).status).toBe(Number(status));
    }
    const base = `/api/v1/endpoints/${ep.id}/requests`;
    const bodies = async (query: string) =>
      (await s.api("GET", `${base}${query}`)).body.requests.map((r: { body: string }) => r.body);

    expect(await bodies("")).toEqual(["alphabet", "gamma", "beta", "alpha"]);
    expect(await bodies("?status=2xx")).toEqual(["alphabet", "alpha"]);
    expect(await bodies("?status=4xx")).toEqual(["beta"]);
    expect(await bodies("?status=500")).toEqual(["gamma"]);
    expect(await bodies("?q=alpha")).toEqual(["alphabet", "alpha"]);
    expect(await bodies(`?since=${encodeURIComponent(start)}&status=5xx`)).toEqual(["gamma"]);
    expect(await bodies(`?until=${encodeURIComponent("2000-01-01T00:00:00Z")}`)).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await s.api("GET", `${base}?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.requests.map((r: { body: string }) => r.body));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["alphabet", "gamma", "beta", "alpha"]);
    expect((await s.api("GET", `${base}?cursor=req_nope`)).body.errors[0].path).toBe("cursor");
    expect((await s.api("GET", `/api/v1/endpoints/ep_missing/requests`)).status).toBe(404);
  });
});
