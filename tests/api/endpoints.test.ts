import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { CONTRACT_EXAMPLE_GRAPH, echoGraph } from "./fixtures";

describeEachProvider("management API: endpoints", (provider) => {
  let s: TTestServer;
  beforeAll(async () => {
    s = await startTestServer(provider);
  });
  afterAll(async () => {
    await s?.stop();
  });

  const create = async (body: unknown) => {
    const res = await s.api("POST", "/api/v1/endpoints", body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };

  it("creates, lists, reads, renames, disables and deletes an endpoint", async () => {
    const created = await create({ name: "Stripe invoices" });
    expect(created).toMatchObject({
      id: expect.stringMatching(/^ep_/),
      name: "Stripe invoices",
      url: `${s.baseUrl}/hooks/${created.id}`,
      enabled: true,
      publishedVersion: null,
      settings: {},
      draft: { version: 1, nodes: [{ id: "start", type: "webhook" }], edges: [] },
    });
    expect(Object.keys(created).slice(0, 3)).toEqual(["id", "name", "url"]);

    const list = await s.api("GET", "/api/v1/endpoints");
    expect(list.status).toBe(200);
    const item = list.body.endpoints.find((e: { id: string }) => e.id === created.id);
    expect(item).toMatchObject({
      name: "Stripe invoices",
      url: created.url,
      lastRequest: null,
      publishedVersion: null,
    });

    const read = await s.api("GET", `/api/v1/endpoints/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: created.id, draft: created.draft, problems: { errors: [], warnings: [] } });

    const renamed = await s.api("PATCH", `/api/v1/endpoints/${created.id}`, {
      name: "Invoices",
      enabled: false,
      settings: { maxSteps: 50 },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Invoices", enabled: false, settings: { maxSteps: 50 } });
    expect(Date.parse(renamed.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));

    expect((await s.api("DELETE", `/api/v1/endpoints/${created.id}`)).status).toBe(204);
    expect((await s.api("GET", `/api/v1/endpoints/${created.id}`)).status).toBe(404);
    expect((await s.api("DELETE", `/api/v1/endpoints/${created.id}`)).status).toBe(404);
    expect((await s.api("PATCH", `/api/v1/endpoints/${created.id}`, { name: "x" })).status).toBe(404);
  });

  it("creates with a graph and reports it back", async () => {
    const created = await create({ name: "contract", graph: CONTRACT_EXAMPLE_GRAPH });
    expect(created.draft.nodes.map((n: { id: string }) => n.id)).toEqual(CONTRACT_EXAMPLE_GRAPH.nodes.map((n) => n.id));
    expect(created.draft.edges[0]).toMatchObject({ source: "start", target: "raw", sourceHandle: "next" });
  });

  it("answers 400 naming the field for bad input on every endpoint route", async () => {
    const notJson = await s.api("POST", "/api/v1/endpoints", "{not json");
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors[0].message).toMatch(/not valid JSON/);

    const noName = await s.api("POST", "/api/v1/endpoints", {});
    expect(noName.status).toBe(400);
    expect(noName.body.errors).toEqual([{ path: "name", message: "name is required" }]);

    const longName = await s.api("POST", "/api/v1/endpoints", { name: "x".repeat(101) });
    expect(longName.body.errors[0].path).toBe("name");

    const badGraph = await s.api("POST", "/api/v1/endpoints", {
      name: "bad",
      graph: { version: 2, nodes: [], edges: [] },
    });
    expect(badGraph.status).toBe(400);
    expect(badGraph.body.errors[0].path).toBe("version");

    const ep = await create({ name: "validation" });
    const patchBad = await s.api("PATCH", `/api/v1/endpoints/${ep.id}`, { enabled: "yes" });
    expect(patchBad.status).toBe(400);
    expect(patchBad.body.errors[0].path).toBe("enabled");
    const patchUnknown = await s.api("PATCH", `/api/v1/endpoints/${ep.id}`, { nmae: "typo" });
    expect(patchUnknown.body.errors).toEqual([{ path: "nmae", message: 'unknown field "nmae"' }]);
    const patchSettings = await s.api("PATCH", `/api/v1/endpoints/${ep.id}`, { settings: { maxSteps: 0 } });
    expect(patchSettings.body.errors[0].path).toBe("settings.maxSteps");
    expect((await s.api("PATCH", `/api/v1/endpoints/${ep.id}`, {})).status).toBe(400);

    const noGraph = await s.api("PUT", `/api/v1/endpoints/${ep.id}/graph`, {});
    expect(noGraph.status).toBe(400);
    expect(noGraph.body.errors[0]).toMatchObject({ path: "graph", message: "graph is required" });
    const graphNotJson = await s.api("PUT", `/api/v1/endpoints/${ep.id}/graph`, "nope");
    expect(graphNotJson.status).toBe(400);

    const badTest = await s.api("POST", `/api/v1/endpoints/${ep.id}/test`, { dryRun: "yes" });
    expect(badTest.status).toBe(400);
    expect(badTest.body.errors[0].path).toBe("dryRun");

    const badFilter = await s.api("GET", `/api/v1/endpoints/${ep.id}/requests?status=abc&limit=0`);
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["limit", "status"]);

    const badVersion = await s.api("GET", `/api/v1/endpoints/${ep.id}/versions/first`);
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.errors[0].path).toBe("version");
  });

  it("rejects a graph with per-node errors and leaves the previous draft untouched", async () => {
    const ep = await create({ name: "draft", graph: echoGraph("'v1'") });
    const broken = {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "check", type: "conditional", config: {} },
        { id: "ok", type: "response", config: { body: "1 +" } },
        { id: "what", type: "teleport", config: {} },
      ],
      edges: [
        { source: "start", target: "check" },
        { source: "check", sourceHandle: "maybe", target: "ok" },
      ],
    };
    const res = await s.api("PUT", `/api/v1/endpoints/${ep.id}/graph`, { graph: broken });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ nodeId: "check", path: "nodes.1.config.condition" }),
        expect.objectContaining({ nodeId: "ok", path: "nodes.2.config.body" }),
        expect.objectContaining({ nodeId: "what", path: "nodes.3.type" }),
        expect.objectContaining({ nodeId: "check", path: "edges.1.sourceHandle" }),
      ]),
    );
    const after = await s.api("GET", `/api/v1/endpoints/${ep.id}`);
    expect(after.body.draft).toEqual(ep.draft);
    expect(after.body.updatedAt).toBe(ep.updatedAt);

    // The editor may keep a draft with errors; it then cannot be published.
    const kept = await s.api("PUT", `/api/v1/endpoints/${ep.id}/graph`, { graph: broken, allowErrors: true });
    expect(kept.status).toBe(200);
    expect(kept.body.problems.errors.length).toBeGreaterThanOrEqual(4);
    const publish = await s.api("POST", `/api/v1/endpoints/${ep.id}/publish`);
    expect(publish.status).toBe(400);
    expect(publish.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ nodeId: "check" })]));
    expect((await s.api("GET", `/api/v1/endpoints/${ep.id}/versions`)).body.versions).toEqual([]);

    const good = await s.api("PUT", `/api/v1/endpoints/${ep.id}/graph`, { graph: echoGraph("'v2'") });
    expect(good.status).toBe(200);
    expect(good.body.problems).toEqual({ errors: [], warnings: [] });
    expect(good.body.draft.nodes[1].config.body).toBe("'v2'");
  });

  it("reports warnings without refusing the draft", async () => {
    const ep = await create({ name: "warn" });
    const graph = echoGraph("'x'");
    graph.nodes.push({ id: "lonely", type: "response", config: { status: "200", body: "'y'" } });
    const res = await s.api("PUT", `/api/v1/endpoints/${ep.id}/graph`, { graph });
    expect(res.status).toBe(200);
    expect(res.body.problems.warnings).toEqual([expect.objectContaining({ nodeId: "lonely" })]);
  });

  it("numbers versions, keeps them immutable, restores one into the draft", async () => {
    const ep = await create({ name: "versions", graph: echoGraph("'one'") });
    const p1 = await s.api("POST", `/api/v1/endpoints/${ep.id}/publish`);
    expect(p1.status).toBe(200);
    expect(p1.body.publishedVersion).toBe(1);
    await s.api("PUT", `/api/v1/endpoints/${ep.id}/graph`, { graph: echoGraph("'two'") });
    expect((await s.api("POST", `/api/v1/endpoints/${ep.id}/publish`)).body.publishedVersion).toBe(2);
    await s.api("PUT", `/api/v1/endpoints/${ep.id}/graph`, { graph: echoGraph("'three'") });

    const versions = await s.api("GET", `/api/v1/endpoints/${ep.id}/versions`);
    expect(versions.body.versions).toEqual([
      {
        number: 2,
        createdAt: expect.any(String),
        createdBy: 'API key "test harness"',
        isPublished: true,
        note: null,
        tests: null,
      },
      {
        number: 1,
        createdAt: expect.any(String),
        createdBy: 'API key "test harness"',
        isPublished: false,
        note: null,
        tests: null,
      },
    ]);
    const v1 = await s.api("GET", `/api/v1/endpoints/${ep.id}/versions/1`);
    expect(v1.body.graph.nodes[1].config.body).toBe("'one'");
    expect((await s.api("GET", `/api/v1/endpoints/${ep.id}/versions/9`)).status).toBe(404);

    const restored = await s.api("POST", `/api/v1/endpoints/${ep.id}/versions/1/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.draft.nodes[1].config.body).toBe("'one'");
    expect(restored.body.publishedVersion).toBe(2);
    // Restoring changed the draft only; the versions are as they were.
    expect((await s.api("GET", `/api/v1/endpoints/${ep.id}/versions/2`)).body.graph.nodes[1].config.body).toBe("'two'");
  });

  it("duplicates an endpoint's draft and settings but not its versions", async () => {
    const ep = await create({ name: "original", graph: echoGraph("'dup'"), settings: { maxSteps: 10 } });
    await s.api("POST", `/api/v1/endpoints/${ep.id}/publish`);
    const copy = await s.api("POST", `/api/v1/endpoints/${ep.id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      name: "original copy",
      draft: ep.draft,
      settings: { maxSteps: 10 },
      publishedVersion: null,
    });
    expect(copy.body.id).not.toBe(ep.id);
    expect((await s.api("GET", `/api/v1/endpoints/${copy.body.id}/versions`)).body.versions).toEqual([]);
    expect((await s.api("POST", `/api/v1/endpoints/ep_missing/duplicate`)).status).toBe(404);
  });

  it("serves the graph JSON Schema and the node catalog", async () => {
    const schema = await s.api("GET", "/api/v1/schema/graph");
    expect(schema.status).toBe(200);
    expect(schema.body.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const types = schema.body.properties.nodes.items.oneOf.map((v: any) => v.properties.type.const);
    expect(types).toEqual(
      expect.arrayContaining([
        "webhook",
        "getRawInput",
        "hmacVerify",
        "conditional",
        "forEach",
        "addRecord",
        "externalRequest",
        "setVariable",
        "response",
      ]),
    );

    const nodes = await s.api("GET", "/api/v1/nodes");
    expect(nodes.status).toBe(200);
    const conditional = nodes.body.nodes.find((n: { type: string }) => n.type === "conditional");
    expect(conditional).toMatchObject({ title: expect.any(String), category: "flow", icon: expect.any(String) });
    expect(conditional.handles.map((h: { id: string }) => h.id)).toEqual(["true", "false", "error"]);
    expect(conditional.fields[0]).toMatchObject({ name: "condition", kind: "expression", required: true });
  });

  it("answers JSON 404 for unknown API routes and 405 for wrong methods", async () => {
    const res = await s.api("GET", "/api/v1/nope");
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/no API route/);
    expect((await s.api("DELETE", "/api/v1/endpoints")).status).toBe(405);
  });
});
