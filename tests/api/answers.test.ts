import { afterAll, beforeAll, expect, it } from "vitest";
import { ROUTES, splitRouteKey, type TRouteKey } from "@/lib/api/routes";
import { describeEachProvider } from "../support/providers";
import { publishEndpoint } from "../support/seed";
import { startTestServer, type TTestServer } from "../support/test-server";
import { echoGraph } from "./fixtures";

/**
 * The routes whose real answers are checked against their declared `output`, in the order they run (later ones use
 * what earlier ones made), with the body each sends. Reads of every kind, and the writes that answer a shape of their own.
 */
const CALLS: [TRouteKey, unknown?][] = [
  ["GET /openapi.json"],
  ["GET /session"],
  ["GET /workspaces"],
  ["GET /members"],
  ["GET /invitations"],
  ["POST /invitations", { email: "someone@hookstack.test", role: "viewer" }],
  ["GET /keys"],
  ["POST /keys", { name: "k", scopes: ["endpoints:read"] }],
  ["GET /endpoints"],
  ["GET /endpoints/{id}"],
  ["PATCH /endpoints/{id}", { name: "renamed" }],
  ["PUT /endpoints/{id}/graph", { graph: echoGraph("'draft'") }],
  ["POST /endpoints/{id}/test", { body: "{}" }],
  ["GET /endpoints/{id}/requests"],
  ["GET /endpoints/{id}/requests/{requestId}"],
  ["POST /endpoints/{id}/requests/{requestId}/replay", { target: "draft", dryRun: true }],
  ["GET /endpoints/{id}/versions"],
  ["GET /endpoints/{id}/versions/{version}"],
  ["POST /endpoints/{id}/versions/{version}/restore"],
  ["GET /executions"],
  ["GET /endpoints/{id}/tests"],
  ["PUT /endpoints/{id}/tests/{testId}", { name: "renamed test", expect: { status: 200 } }],
  ["POST /endpoints/{id}/tests/import", { tests: [{ name: "imported", expect: { status: 200 } }] }],
  ["POST /endpoints/{id}/tests/run", {}],
  ["POST /endpoints/{id}/publish", { note: "second" }],
  ["POST /endpoints/{id}/duplicate"],
  ["GET /nodes"],
  ["GET /schema/graph"],
  ["GET /starters"],
  ["GET /tables"],
  ["GET /tables/{name}"],
  ["POST /tables/{name}/fields", { name: "b", type: "integer" }],
  ["GET /tables/{name}/records"],
  ["GET /tables/{name}/records/{recordId}"],
  ["PUT /tables/{name}/records/{recordId}", { fields: { a: "second" } }],
  ["POST /tables/{name}/import", { csv: "a\nz\n" }],
  ["DELETE /tables/{name}/fields/{field}"],
  ["GET /env"],
  ["PUT /env/{name}", { value: "changed" }],
  ["GET /webhooks"],
  ["GET /webhooks/{id}"],
  ["PATCH /webhooks/{id}", { name: "renamed" }],
  ["POST /webhooks/{id}/secret", {}],
  ["GET /webhooks/{id}/deliveries"],
  ["GET /webhooks/{id}/deliveries/{deliveryId}"],
  ["POST /webhooks/{id}/deliveries/{deliveryId}/redeliver"],
  ["POST /webhooks/{id}/recover", { since: "2026-01-01T00:00:00Z" }],
  ["GET /events"],
  ["GET /event-types"],
];

describeEachProvider("answers: real answers parse with the output their route declares", (provider) => {
  let s: TTestServer;
  const ids: Record<string, string> = {};
  const answers = new Map<TRouteKey, unknown>();

  const param = (path: string, name: string) => {
    if (name === "name") return path.startsWith("/env") ? ids.envName! : ids.tableName!;
    if (name === "id" && path.startsWith("/webhooks")) return ids.webhookId!;
    if (name === "field") return "b";
    return ids[name]!;
  };

  beforeAll(async () => {
    s = await startTestServer(provider);
    const ep = await publishEndpoint(s, echoGraph("'ok'"));
    await s.post(ep.path, "{}");
    ids.id = ep.id;
    ids.requestId = (await s.api("GET", `/api/v1/endpoints/${ep.id}/requests`)).body.requests[0].id;
    ids.version = "1";
    ids.testId = (await s.api("POST", `/api/v1/endpoints/${ep.id}/tests`, { name: "answers ok" })).body.id;
    await s.api("POST", "/api/v1/tables", { name: "orders", fields: [{ name: "a", type: "text" }] });
    ids.tableName = "orders";
    ids.recordId = (await s.api("POST", "/api/v1/tables/orders/records", { fields: { a: "first" } })).body.id;
    await s.api("POST", "/api/v1/env", { name: "SECRET_A", value: "a" });
    ids.envName = "SECRET_A";
    // The guard refuses loopback, so the test delivery fails at once: a delivery to read, redeliver and recover.
    ids.webhookId = (
      await s.api("POST", "/api/v1/webhooks", { url: "http://127.0.0.1:9/hook", events: ["*"] })
    ).body.id;
    ids.deliveryId = (await s.api("POST", `/api/v1/webhooks/${ids.webhookId}/test`)).body.deliveryId;
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
  });

  it("each answer has its declared status and parses with its declared output", async () => {
    for (const [key, body] of CALLS) {
      const spec = ROUTES[key];
      const { method, path } = splitRouteKey(key);
      const url = "/api/v1" + path.replace(/\{(\w+)\}/g, (_, p: string) => param(path, p));
      // People-only routes take the owner's session; the rest the harness's key with every scope.
      const headers =
        spec.access === "signed-in" || (typeof spec.access === "object" && "role" in spec.access)
          ? { authorization: "", cookie: s.ownerCookie, origin: s.baseUrl }
          : undefined;
      const res = await s.api(method, url, body ?? (method === "GET" ? undefined : {}), headers);
      expect(res.status, `${key}: ${JSON.stringify(res.body)}`).toBe(spec.status ?? 200);
      const parsed = spec.output!.safeParse(res.body);
      expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true);
      answers.set(key, res.body);
    }
  });

  it("the schemas are strict enough to catch a renamed field", () => {
    const endpoint = answers.get("GET /endpoints/{id}") as Record<string, unknown>;
    const { publishedVersion, ...rest } = endpoint;
    expect(ROUTES["GET /endpoints/{id}"].output!.safeParse(endpoint).success).toBe(true);
    expect(ROUTES["GET /endpoints/{id}"].output!.safeParse({ ...rest, liveVersion: publishedVersion }).success).toBe(
      false,
    );
    const request = (answers.get("GET /endpoints/{id}/requests") as { requests: Record<string, unknown>[] })
      .requests[0]!;
    const { receivedAt, ...others } = request;
    expect(
      ROUTES["GET /endpoints/{id}/requests/{requestId}"].output!.safeParse({ ...others, at: receivedAt }).success,
    ).toBe(false);
  });
});
