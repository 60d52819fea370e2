import { afterAll, beforeAll, expect, it } from "vitest";
import { SCOPES, type TScope } from "@/lib/access/scopes";
import { ROUTES, splitRouteKey, type TRouteKey } from "@/lib/api/routes";
import { signIn } from "../support/auth";
import { describeEachProvider } from "../support/providers";
import { publishEndpoint } from "../support/seed";
import { startTestServer, type TTestServer } from "../support/test-server";
import { echoGraph } from "./fixtures";

/** Bodies that pass validation, so a refusal cannot hide behind a 400 (the check runs first, but be sure). */
const VALID_BODY: Partial<Record<TRouteKey, unknown>> = {
  "PATCH /endpoints/{id}": { name: "renamed" },
  "PUT /endpoints/{id}/graph": { graph: echoGraph("'x'") },
  "POST /endpoints/{id}/requests/{requestId}/replay": { target: "draft", dryRun: true },
  "POST /endpoints/{id}/tests": { name: "answers 200", expect: { status: 200 } },
  "PUT /endpoints/{id}/tests/{testId}": { name: "renamed test" },
  "POST /endpoints/{id}/tests/import": { tests: [] },
  "POST /endpoints": { name: "x" },
  "POST /tables": { name: "other_table", fields: [{ name: "a", type: "text" }] },
  "POST /tables/{name}/fields": { name: "b", type: "text" },
  "POST /tables/{name}/records": { fields: { a: "x" } },
  "PUT /tables/{name}/records/{recordId}": { fields: { a: "y" } },
  "POST /tables/{name}/import": { csv: "a\nz\n" },
  "PUT /env/{name}": { value: "v" },
  "POST /env": { name: "NEW_ONE", value: "v" },
  "PATCH /members/{memberId}": { role: "viewer" },
  "POST /invitations": { email: "someone@hookstack.test", role: "viewer" },
  "POST /keys": { name: "k", scopes: ["endpoints:read"] },
  "POST /workspaces": { name: "w" },
  "PUT /session/workspace": { workspaceId: "ws_default" },
  "POST /webhooks": { url: "https://receiver.hookstack.test/hook", events: ["*"] },
  "PATCH /webhooks/{id}": { name: "renamed" },
  "POST /webhooks/{id}/recover": { since: "2026-01-01T00:00:00Z" },
};

/** Path parameters that name something in a workspace: another workspace's caller must get 404 for them. */
const ID_PARAMS = [
  "id",
  "requestId",
  "testId",
  "version",
  "name",
  "memberId",
  "invitationId",
  "keyId",
  "deliveryId",
  "recordId",
  "field",
];

/** Which entry of `ids` a path parameter takes: `{id}` is an endpoint's or a webhook's, `{name}` a table's or a variable's. */
function idKey(path: string, param: string): string {
  if (param === "name") return path.startsWith("/env") ? "envName" : "tableName";
  if (param === "id" && path.startsWith("/webhooks")) return "webhookId";
  return param;
}

describeEachProvider("access: every management route refuses who may not call it", (provider) => {
  let s: TTestServer;
  let viewer: string;
  let otherEditor: string;
  const ids: Record<string, string> = {};
  const keysWithout = new Map<TScope, string>();

  const call = async (key: string, headers: Record<string, string>) => {
    const { method, path } = splitRouteKey(key);
    const url = "/api/v1" + path.replace(/\{(\w+)\}/g, (_, p: string) => ids[idKey(path, p)]!);
    if (path.endsWith("/listen")) {
      // A stream that is allowed stays open: read the status, then hang up.
      const controller = new AbortController();
      const sent = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ""));
      const res = await fetch(s.baseUrl + url, { headers: sent, signal: controller.signal });
      controller.abort();
      return { status: res.status };
    }
    const body = method === "GET" || method === "DELETE" ? undefined : (VALID_BODY[key as TRouteKey] ?? {});
    return s.api(method, url, body, { origin: s.baseUrl, ...headers });
  };
  const invite = async (cookie: string, email: string, role: string) => {
    const res = await s.api(
      "POST",
      "/api/v1/invitations",
      { email, role },
      { authorization: "", cookie, origin: s.baseUrl },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const accept = async (invitationId: string, name: string) => {
    const res = await s.api(
      "POST",
      `/api/v1/invitations/${invitationId}/accept`,
      { name, password: "password-123" },
      { authorization: "" },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };

  beforeAll(async () => {
    s = await startTestServer(provider);
    const owner = { authorization: "", cookie: s.ownerCookie, origin: s.baseUrl };
    // Workspace A (the first one): an endpoint with a request, a table, a variable, a viewer, an invitation, a key.
    const ep = await publishEndpoint(s, echoGraph("'ok'"));
    await s.post(ep.path, "{}");
    ids.id = ep.id;
    ids.requestId = (await s.api("GET", `/api/v1/endpoints/${ep.id}/requests`)).body.requests[0].id;
    ids.version = "1";
    ids.testId = (await s.api("POST", `/api/v1/endpoints/${ep.id}/tests`, { name: "answers ok" })).body.id;
    expect(
      (await s.api("POST", "/api/v1/tables", { name: "orders", fields: [{ name: "a", type: "text" }] })).status,
    ).toBe(201);
    ids.tableName = "orders";
    ids.field = "a";
    ids.recordId = (await s.api("POST", "/api/v1/tables/orders/records", { fields: { a: "first" } })).body.id;
    expect((await s.api("PUT", "/api/v1/env/SECRET_A", { value: "a" })).status).toBe(201);
    ids.envName = "SECRET_A";
    // A subscription whose test delivery fails at once (the guard refuses loopback): a webhook and a delivery id.
    const hook = await s.api("POST", "/api/v1/webhooks", { url: "http://127.0.0.1:9/hook", events: ["*"] });
    expect(hook.status, JSON.stringify(hook.body)).toBe(201);
    ids.webhookId = hook.body.id;
    ids.deliveryId = (await s.api("POST", `/api/v1/webhooks/${hook.body.id}/test`)).body.deliveryId;
    expect(ids.deliveryId).toMatch(/\w/);
    await accept(await invite(s.ownerCookie, "viewer@hookstack.test", "viewer"), "Vera Viewer");
    viewer = await signIn(s.baseUrl, "viewer@hookstack.test", "password-123");
    ids.memberId = (await s.api("GET", "/api/v1/members", undefined, owner)).body.members.find(
      (m: { role: string }) => m.role === "viewer",
    ).id;
    ids.invitationId = await invite(s.ownerCookie, "pending@hookstack.test", "editor");
    ids.keyId = (await s.api("GET", "/api/v1/keys", undefined, owner)).body.keys[0].id;
    for (const scope of SCOPES) {
      const res = await s.api(
        "POST",
        "/api/v1/keys",
        { name: `without ${scope}`, scopes: SCOPES.filter((x) => x !== scope) },
        owner,
      );
      keysWithout.set(scope, res.body.key);
    }
    // Workspace B, with an editor who belongs to B only.
    const created = await s.api("POST", "/api/v1/workspaces", { name: "Workspace B" }, owner);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await accept(await invite(s.ownerCookie, "editor-b@hookstack.test", "editor"), "Eddie B");
    otherEditor = await signIn(s.baseUrl, "editor-b@hookstack.test", "password-123");
    expect((await s.api("PUT", "/api/v1/session/workspace", { workspaceId: "ws_default" }, owner)).status).toBe(204);
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
  });

  const routes = Object.entries(ROUTES).filter(([, spec]) => spec.access !== "public");

  it("anonymous: 401 on every route", async () => {
    for (const [key] of routes) {
      const res = await call(key, { authorization: "" });
      expect(res.status, `${key} as anonymous`).toBe(401);
    }
  });

  it("a bad or revoked API key: 401", async () => {
    expect((await call("GET /endpoints", { authorization: "Bearer hsk_not-a-real-key" })).status).toBe(401);
    const owner = { authorization: "", cookie: s.ownerCookie, origin: s.baseUrl };
    const made = await s.api("POST", "/api/v1/keys", { name: "short-lived", scopes: ["endpoints:read"] }, owner);
    expect((await call("GET /endpoints", { authorization: `Bearer ${made.body.key}` })).status).toBe(200);
    expect((await s.api("DELETE", `/api/v1/keys/${made.body.id}`, undefined, owner)).status).toBe(204);
    expect((await call("GET /endpoints", { authorization: `Bearer ${made.body.key}` })).status).toBe(401);
  });

  it("a viewer: 403 on every route that changes something or manages the workspace", async () => {
    for (const [key, spec] of routes) {
      // Everyone may manage their own workspaces and session (creating one would switch the viewer away).
      if (spec.access === "signed-in") continue;
      const isWrite =
        typeof spec.access === "object" && ("role" in spec.access || spec.access.scope.endsWith(":write"));
      const res = await call(key, { authorization: "", cookie: viewer });
      if (isWrite) expect(res.status, `${key} as viewer`).toBe(403);
      else expect(res.status, `${key} as viewer`).toBeLessThan(400);
    }
  });

  it("an API key lacking the scope (or any key on people-only routes): 403", async () => {
    for (const [key, spec] of routes) {
      if (spec.access === "any") continue;
      const apiKey =
        typeof spec.access === "object" && "scope" in spec.access ? keysWithout.get(spec.access.scope)! : s.apiKey;
      const res = await call(key, { authorization: `Bearer ${apiKey}` });
      expect(res.status, `${key} with a key lacking its scope`).toBe(403);
    }
  });

  it("an editor of another workspace: 404 for every id in this one", async () => {
    for (const [key, spec] of routes) {
      const { method, path } = splitRouteKey(key);
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      if (!names.some((n) => ID_PARAMS.includes(n))) continue;
      // PUT /env/{name} sets a variable of that name in the caller's own workspace: a name, not someone's id.
      if (key === "PUT /env/{name}") continue;
      const res = await call(key, { authorization: "", cookie: otherEditor });
      const expected = typeof spec.access === "object" && "role" in spec.access ? 403 : 404;
      expect(res.status, `${method} ${path} as another workspace's editor`).toBe(expected);
    }
    // ...and nothing of workspace A leaks into B's lists.
    const list = await s.api("GET", "/api/v1/endpoints", undefined, { authorization: "", cookie: otherEditor });
    expect(list.body.endpoints).toEqual([]);
    const hooks = await s.api("GET", "/api/v1/webhooks", undefined, { authorization: "", cookie: otherEditor });
    expect(hooks.body.data).toEqual([]);
    const events = await s.api("GET", "/api/v1/events", undefined, { authorization: "", cookie: otherEditor });
    expect(events.body.data).toEqual([]);
  });

  it("a cookie-carrying change from another origin: 403; from our own origin it works", async () => {
    const body = { name: "csrf probe" };
    const evil = await s.api("POST", "/api/v1/endpoints", body, {
      authorization: "",
      cookie: s.ownerCookie,
      origin: "http://evil.example",
    });
    expect(evil.status).toBe(403);
    const noOrigin = await s.api("POST", "/api/v1/endpoints", body, { authorization: "", cookie: s.ownerCookie });
    expect(noOrigin.status).toBe(403);
    const ours = await s.api("POST", "/api/v1/endpoints", body, {
      authorization: "",
      cookie: s.ownerCookie,
      origin: s.baseUrl,
    });
    expect(ours.status).toBe(201);
  });

  it("setup answers 409 once an owner exists; only names of variables are ever shown", async () => {
    const again = await s.api(
      "POST",
      "/api/v1/setup",
      { name: "Mallory", email: "m@hookstack.test", password: "password-123" },
      { authorization: "" },
    );
    expect(again.status).toBe(409);
    const env = await s.api("GET", "/api/v1/env", undefined, { authorization: "", cookie: viewer });
    expect(JSON.stringify(env.body)).not.toContain('"a"');
    expect(env.body.variables.map((v: { name: string }) => v.name)).toEqual(["SECRET_A"]);
  });

  it("the Webhooks pages: sign in first; a viewer reads them without the buttons that change anything", async () => {
    for (const page of ["/webhooks", `/webhooks/${ids.webhookId}`]) {
      const anonymous = await fetch(s.baseUrl + page, { redirect: "manual" });
      expect(anonymous.status, page).toBeGreaterThanOrEqual(300);
      expect(anonymous.headers.get("location"), page).toContain("/sign-in");
      const asViewer = await fetch(s.baseUrl + page, { headers: { cookie: viewer } });
      expect(asViewer.status, page).toBe(200);
      const html = await asViewer.text();
      for (const button of ["New webhook", "Send test event", "Rotate secret", "Recover failed since"])
        expect(html, page).not.toContain(button);
      const asOwner = await (await fetch(s.baseUrl + page, { headers: { cookie: s.ownerCookie } })).text();
      expect(asOwner, page).toContain(page === "/webhooks" ? "New webhook" : "Send test event");
    }
    // Another workspace's editor finds no such subscription.
    expect((await fetch(`${s.baseUrl}/webhooks/${ids.webhookId}`, { headers: { cookie: otherEditor } })).status).toBe(
      404,
    );
  });

  it("the Tables and Variables pages: sign in first; a viewer reads them without the buttons that change anything", async () => {
    for (const page of ["/tables", "/tables/orders", "/env"]) {
      const anonymous = await fetch(s.baseUrl + page, { redirect: "manual" });
      expect(anonymous.headers.get("location"), page).toContain("/sign-in");
      const html = await (await fetch(s.baseUrl + page, { headers: { cookie: viewer } })).text();
      expect(html, page).toContain("Read-only");
      for (const button of ["New table", "Add record", "Import CSV", "Delete table", "New variable", "Delete SECRET_A"])
        expect(html, page).not.toContain(button);
    }
    expect((await fetch(`${s.baseUrl}/tables/orders`, { headers: { cookie: otherEditor } })).status).toBe(404);
  });

  it("the public URL needs no identity", async () => {
    expect((await s.post(`/hooks/${ids.id}`, "{}")).status).toBe(200);
  });

  // Last: it locks sign-in from this address for a minute.
  it("repeated bad sign-ins answer 429, whatever X-Forwarded-For a client sends", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await s.api(
        "POST",
        "/api/auth/sign-in/email",
        { email: "viewer@hookstack.test", password: "wrong-password" },
        {
          authorization: "",
          origin: s.baseUrl,
          "x-forwarded-for": `203.0.113.${i}`,
        },
      );
      statuses.push(res.status);
    }
    // The window also counts the sign-ins of the setup above: the limit may bite before the sixth attempt.
    expect(statuses[0]).toBe(401);
    expect(statuses.every((st) => st === 401 || st === 429)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
