import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import example from "@/tests/support/contract-example.graph.json";
import { ZEndpointSettings } from "@/lib/settings/endpoint-settings";
import { compilePlan } from "@/lib/engine/plan";
import { runPlan } from "@/lib/engine/run-plan";
import { DEFAULT_RUN_LIMITS, type TRequestInfo } from "@/lib/engine/types";
import { ZGraph } from "@/lib/graph/schema";
import { parseGraph } from "@/lib/graph/validate";
import { memoryServices } from "@/tests/support/memory-services";
import { getStarter, STARTERS } from ".";

const SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const ZOOM_SECRET = "zoom_secret_token_3vS9d0wqF1";
const META_APP_SECRET = "meta_app_secret_5a1c7e9b";
const META_VERIFY_TOKEN = "meatyhamhock-verify-2024";
const GITHUB_SECRET = "It's a Secret to Everybody";
const SHOPIFY_SECRET = "shpss_0123456789abcdef";
const ENV = {
  SLACK_SIGNING_SECRET: SLACK_SECRET,
  ZOOM_SECRET_TOKEN: ZOOM_SECRET,
  META_APP_SECRET,
  META_VERIFY_TOKEN,
  GITHUB_WEBHOOK_SECRET: GITHUB_SECRET,
  SHOPIFY_API_SECRET: SHOPIFY_SECRET,
};

const hmac = (secret: string, data: string, encoding: "hex" | "base64" = "hex") =>
  createHmac("sha256", secret).update(data, "utf8").digest(encoding);
const now = () => Math.floor(Date.now() / 1000);

function request(o: Partial<TRequestInfo> & { body?: string }): TRequestInfo {
  return {
    url: "https://hooks.example.com/hooks/ep_1",
    method: "POST",
    path: "/hooks/ep_1",
    query: {},
    ip: "203.0.113.5",
    receivedAt: new Date().toISOString(),
    body: "",
    ...o,
    headers: { ...(o.body ? { "content-type": "application/json" } : {}), ...o.headers },
  };
}

async function runStarter(id: string, req: TRequestInfo) {
  const starter = getStarter(id);
  if (!starter) throw new Error(`no starter ${id}`);
  const plan = compilePlan(ZGraph.parse(starter.graph), DEFAULT_RUN_LIMITS.expression);
  const tables = (starter.tables ?? []).map((t, i) => ({
    id: `tbl_${i}`,
    name: t.name,
    fields: t.fields.map((f) => ({ required: false, unique: false, ...f })),
  }));
  const { services } = memoryServices(tables);
  return runPlan({ plan, requestId: "req_1", request: req, env: ENV, services, limits: DEFAULT_RUN_LIMITS });
}

describe("STARTERS", () => {
  it.each(STARTERS.map((s) => [s.id, s] as const))("%s is a valid graph with no errors or warnings", (_id, starter) => {
    const parsed = parseGraph(starter.graph);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.problems).toEqual({ errors: [], warnings: [] });
  });

  it("have unique ids and list exactly the environment variables they read", () => {
    expect(new Set(STARTERS.map((s) => s.id)).size).toBe(STARTERS.length);
    for (const starter of STARTERS) {
      const used = new Set(
        [...JSON.stringify(starter.graph).matchAll(/\$env\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]),
      );
      expect([...used].sort(), starter.id).toEqual([...starter.env].sort());
      expect(starter.title && starter.description && starter.provider, starter.id).toBeTruthy();
    }
  });

  it("include the contract's example as the Stripe starter", () => {
    const strip = (g: { nodes: object[]; edges: object[] }) => ({
      nodes: g.nodes.map((n) => ({ ...n, position: undefined })),
      edges: g.edges.map((e) => ({ sourceHandle: "next", ...e, id: undefined })),
    });
    expect(strip(ZGraph.parse(getStarter("stripe-invoice-paid")!.graph))).toEqual(strip(ZGraph.parse(example)));
  });

  it("ask for GET only where a handshake needs it, with valid endpoint settings", () => {
    for (const s of STARTERS) if (s.settings) expect(ZEndpointSettings.parse(s.settings), s.id).toEqual(s.settings);
    expect(STARTERS.filter((s) => s.settings?.allowedMethods?.includes("GET")).map((s) => s.id)).toEqual([
      "meta-verify",
    ]);
  });
});

describe("slack-events", () => {
  const signed = (body: string, secret = SLACK_SECRET) => {
    const ts = String(now());
    return request({
      body,
      headers: { "x-slack-request-timestamp": ts, "x-slack-signature": `v0=${hmac(secret, `v0:${ts}:${body}`)}` },
    });
  };

  it("answers the url_verification handshake with its challenge", async () => {
    // docs.slack.dev/reference/events/url_verification
    const body = JSON.stringify({
      token: "Jhj5dZrVaK7ZwHHjRyZWjbDl",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    const r = await runStarter("slack-events", signed(body));
    expect(r.error).toBeUndefined();
    expect(r.response).toEqual({
      status: 200,
      headers: {},
      body: { challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" },
    });
  });

  it("acknowledges an event with 200 and keeps it in $event", async () => {
    const event = {
      type: "app_mention",
      user: "U061F7AUR",
      text: "<@U0LAN0Z89> is it everything a river should be?",
      channel: "C0LAN2Q65",
    };
    const body = JSON.stringify({ type: "event_callback", team_id: "T061EG9R6", event_id: "Ev0PV52K21", event });
    const r = await runStarter("slack-events", signed(body));
    expect(r.response).toEqual({ status: 200, headers: {}, body: undefined });
    expect(r.trace.find((t) => t.nodeId === "event")?.output).toEqual(event);
  });

  it("refuses a handshake that Slack did not sign", async () => {
    const body = JSON.stringify({ challenge: "x", type: "url_verification" });
    const r = await runStarter("slack-events", signed(body, "not-the-secret"));
    expect(r.response).toEqual({ status: 401, headers: {}, body: { error: "invalid signature" } });
  });
});

describe("zoom-url-validation", () => {
  const signed = (body: string, secret = ZOOM_SECRET) => {
    const ts = String(now());
    return request({
      body,
      headers: { "x-zm-request-timestamp": ts, "x-zm-signature": `v0=${hmac(secret, `v0:${ts}:${body}`)}` },
    });
  };

  it("answers endpoint.url_validation with the plainToken and its HMAC-SHA256", async () => {
    // developers.zoom.us "Validate your webhook endpoint"
    const body = JSON.stringify({
      payload: { plainToken: "qgg8vlvZRS6UYooatFL8Aw" },
      event_ts: 1654503849680,
      event: "endpoint.url_validation",
    });
    const r = await runStarter("zoom-url-validation", signed(body));
    expect(r.error).toBeUndefined();
    expect(r.response).toEqual({
      status: 200,
      headers: {},
      body: {
        plainToken: "qgg8vlvZRS6UYooatFL8Aw",
        encryptedToken: createHmac("sha256", ZOOM_SECRET).update("qgg8vlvZRS6UYooatFL8Aw").digest("hex"),
      },
    });
  });

  it("acknowledges a signed event with 200", async () => {
    const body = JSON.stringify({
      event: "meeting.started",
      event_ts: Date.now(),
      payload: { account_id: "A1", object: { id: "123" } },
    });
    const r = await runStarter("zoom-url-validation", signed(body));
    expect(r.response.status).toBe(200);
    expect(r.trace.map((t) => t.nodeId)).toEqual(["start", "raw", "sig", "validation", "event", "ok"]);
  });

  it("is not an HMAC oracle: an unsigned validation request cannot obtain a signature", async () => {
    const ts = String(now());
    const forged = JSON.stringify({ event: "meeting.deleted", payload: { object: { id: "1" } } });
    const body = JSON.stringify({ payload: { plainToken: `v0:${ts}:${forged}` }, event: "endpoint.url_validation" });
    const r = await runStarter("zoom-url-validation", request({ body }));
    expect(r.response).toEqual({ status: 401, headers: {}, body: { error: "invalid signature" } });
    expect(JSON.stringify(r.response)).not.toContain(hmac(ZOOM_SECRET, `v0:${ts}:${forged}`));
  });
});

describe("meta-verify", () => {
  const handshake = (query: Record<string, string>) => request({ method: "GET", query, headers: {} });

  it("answers the GET subscription handshake with hub.challenge as text", async () => {
    const r = await runStarter(
      "meta-verify",
      handshake({ "hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": META_VERIFY_TOKEN }),
    );
    expect(r.error).toBeUndefined();
    expect(r.response).toEqual({
      status: 200,
      headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" },
      body: "1158201444",
    });
  });

  it("answers 403 to a wrong or missing verify token, or another mode", async () => {
    for (const query of <Record<string, string>[]>[
      { "hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": "guess" },
      { "hub.mode": "subscribe", "hub.challenge": "1158201444" },
      { "hub.mode": "unsubscribe", "hub.challenge": "1158201444", "hub.verify_token": META_VERIFY_TOKEN },
      {},
    ]) {
      const r = await runStarter("meta-verify", handshake(query));
      expect(r.response.status, JSON.stringify(query)).toBe(403);
      expect(JSON.stringify(r.response)).not.toContain("1158201444");
      expect(JSON.stringify(r.trace)).not.toContain(META_VERIFY_TOKEN);
    }
  });

  it("verifies the app-secret signature on event POSTs", async () => {
    const body = JSON.stringify({ object: "page", entry: [{ id: "1", time: 1700000000, messaging: [] }] });
    const ok = await runStarter(
      "meta-verify",
      request({ body, headers: { "x-hub-signature-256": `sha256=${hmac(META_APP_SECRET, body)}` } }),
    );
    expect(ok.response).toEqual({ status: 200, headers: {}, body: "EVENT_RECEIVED" });
    const forged = await runStarter(
      "meta-verify",
      request({ body, headers: { "x-hub-signature-256": `sha256=${hmac("wrong", body)}` } }),
    );
    expect(forged.response.status).toBe(401);
  });
});

describe("github-push and shopify-orders-create", () => {
  it("keep a summary of a signed push", async () => {
    const body = JSON.stringify({
      ref: "refs/heads/main",
      after: "abc123",
      repository: { full_name: "octo/hello" },
      pusher: { name: "octocat" },
      commits: [
        {
          id: "1",
          message: "first",
          author: { name: "Mona" },
          url: "https://github.com/octo/hello/commit/1",
          timestamp: "2026-12-01T10:00:00+01:00",
        },
        {
          id: "2",
          message: "second",
          author: { name: "Mona" },
          url: "https://github.com/octo/hello/commit/2",
          timestamp: "2026-12-01T10:05:00+01:00",
        },
      ],
    });
    const headers = {
      "x-github-event": "push",
      "x-github-delivery": "d-1",
      "x-hub-signature-256": `sha256=${hmac(GITHUB_SECRET, body)}`,
    };
    const r = await runStarter("github-push", request({ body, headers }));
    expect(r.response).toEqual({ status: 200, headers: {}, body: { received: true } });
    expect(r.records.map((c) => [c.op, c.table, c.data.sha, c.data.branch, c.data.committed_at])).toEqual([
      ["insert", "github_commits", "1", "main", "2026-12-01T09:00:00.000Z"],
      ["insert", "github_commits", "2", "main", "2026-12-01T09:05:00.000Z"],
    ]);
    expect(r.trace.find((t) => t.nodeId === "push")?.output).toEqual({
      delivery: "d-1",
      repository: "octo/hello",
      branch: "main",
      pusher: "octocat",
      commits: 2,
      head: "abc123",
    });
    const ping = await runStarter(
      "github-push",
      request({
        body: "{}",
        headers: { "x-github-event": "ping", "x-hub-signature-256": `sha256=${hmac(GITHUB_SECRET, "{}")}` },
      }),
    );
    expect(ping.response.status).toBe(200);
  });

  it("keep a summary of a signed Shopify order", async () => {
    const body = JSON.stringify({
      id: 820982911946154500,
      name: "#9999",
      total_price: "403.00",
      currency: "USD",
      line_items: [{}, {}],
    });
    const headers = {
      "x-shopify-topic": "orders/create",
      "x-shopify-webhook-id": "w-1",
      "x-shopify-hmac-sha256": hmac(SHOPIFY_SECRET, body, "base64"),
    };
    const r = await runStarter("shopify-orders-create", request({ body, headers }));
    expect(r.response.status).toBe(200);
    expect(r.trace.find((t) => t.nodeId === "order")?.output).toMatchObject({
      webhookId: "w-1",
      name: "#9999",
      total: 403,
      currency: "USD",
      items: 2,
    });
    const forged = await runStarter(
      "shopify-orders-create",
      request({ body, headers: { ...headers, "x-shopify-hmac-sha256": hmac("x", body, "base64") } }),
    );
    expect(forged.response.status).toBe(401);
  });
});
