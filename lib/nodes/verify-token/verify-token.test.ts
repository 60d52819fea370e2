import { describe, expect, it } from "vitest";
import { compilePlan } from "@/lib/engine/plan";
import { runPlan } from "@/lib/engine/run-plan";
import { DEFAULT_RUN_LIMITS, type TRequestInfo } from "@/lib/engine/types";
import { ZGraph, type TGraphInput } from "@/lib/graph/schema";
import { parseGraph } from "@/lib/graph/validate";
import { memoryServices } from "@/tests/support/memory-services";
import { testRequest } from "@/tests/support/test-request";

const TOKEN = "tok_live_8f3a9c2b71d4";
const OLD_TOKEN = "tok_old_51e0a77c93bb";
const ENV = { WEBHOOK_TOKEN: TOKEN, OLD_TOKEN, BASIC_USER: "acme" };

function request(o: { headers?: Record<string, string>; query?: TRequestInfo["query"] } = {}): TRequestInfo {
  return { ...testRequest("{}", o.headers), query: o.query ?? {} };
}

/** webhook → verifyToken → response 200 echoing `$auth`; `onError` connects the node's error handle. */
function graph(config: Record<string, unknown>, onError = false): TGraphInput {
  return {
    version: 1,
    nodes: [
      { id: "start", type: "webhook", config: {} },
      { id: "auth", type: "verifyToken", config: { token: "$env.WEBHOOK_TOKEN", ...config } },
      { id: "ok", type: "response", config: { status: "200", body: "$auth" } },
      { id: "handled", type: "response", config: { status: "418", body: "{ 'why': $error.message }" } },
    ],
    edges: [
      { source: "start", target: "auth" },
      { source: "auth", target: "ok" },
      ...(onError ? [{ source: "auth", sourceHandle: "error", target: "handled" }] : []),
    ],
  };
}

async function run(config: Record<string, unknown>, req: TRequestInfo, onError = false) {
  const g = graph(config, onError);
  const parsed = parseGraph(g);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  expect(parsed.problems.errors).toEqual([]);
  const plan = compilePlan(ZGraph.parse(g), DEFAULT_RUN_LIMITS.expression);
  const { services } = memoryServices();
  return runPlan({ plan, requestId: "req_1", request: req, env: ENV, services, limits: DEFAULT_RUN_LIMITS });
}

const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`, "utf8").toString("base64")}`;
const traceOf = (r: Awaited<ReturnType<typeof run>>) => r.trace.find((t) => t.nodeId === "auth")!;

describe("verifyToken: accepted tokens", () => {
  it("accepts a bearer token in the authorization header by default", async () => {
    const r = await run({}, request({ headers: { authorization: `Bearer ${TOKEN}` } }));
    expect(r.error).toBeUndefined();
    expect(r.response.body).toEqual({ valid: true, source: "header", name: "authorization", tokenIndex: 0 });
  });

  it("accepts the bare token and any case of the scheme word", async () => {
    for (const value of [TOKEN, `bearer ${TOKEN}`, `BEARER   ${TOKEN}`]) {
      const r = await run({}, request({ headers: { authorization: value } }));
      expect(r.response.status, value).toBe(200);
    }
  });

  it("reads a named header, compared whole when the scheme is empty", async () => {
    const ok = await run({ name: "X-Api-Key", scheme: "" }, request({ headers: { "x-api-key": TOKEN } }));
    expect(ok.response.status).toBe(200);
    expect(ok.response.body).toMatchObject({ name: "x-api-key" });
    const prefixed = await run(
      { name: "x-api-key", scheme: "" },
      request({ headers: { "x-api-key": `Bearer ${TOKEN}` } }),
    );
    expect(prefixed.response.status).toBe(401);
  });

  it("reads a query parameter", async () => {
    const r = await run({ source: "query", name: "key" }, request({ query: { key: TOKEN } }));
    expect(r.response.status).toBe(200);
    expect(r.response.body).toEqual({ valid: true, source: "query", name: "key", tokenIndex: 0 });
    const byDefault = await run({ source: "query" }, request({ query: { token: TOKEN } }));
    expect(byDefault.response.status).toBe(200);
    const otherCase = await run({ source: "query", name: "Key" }, request({ query: { key: TOKEN } }));
    expect(otherCase.error?.message).toContain('no "Key" query parameter');
  });

  it("reads HTTP Basic credentials, the token being the password", async () => {
    const r = await run(
      { source: "basic", username: "$env.BASIC_USER" },
      request({ headers: { authorization: basic("acme", TOKEN) } }),
    );
    expect(r.response.status).toBe(200);
    expect(r.response.body).toEqual({ valid: true, source: "basic", username: "acme", tokenIndex: 0 });
  });

  it("accepts any user name when the username field is empty, and a password containing colons", async () => {
    const r = await run(
      { source: "basic", token: "'p:a:ss'" },
      request({ headers: { authorization: basic("anyone", "p:a:ss") } }),
    );
    expect(r.response.status).toBe(200);
    expect(r.response.body).toMatchObject({ username: "anyone" });
  });

  it("accepts any token of a list (rotation) and says which matched", async () => {
    const config = { token: "[$env.WEBHOOK_TOKEN, $env.OLD_TOKEN]" };
    const old = await run(config, request({ headers: { authorization: `Bearer ${OLD_TOKEN}` } }));
    expect(old.response.body).toMatchObject({ valid: true, tokenIndex: 1 });
    const current = await run(config, request({ headers: { authorization: `Bearer ${TOKEN}` } }));
    expect(current.response.body).toMatchObject({ valid: true, tokenIndex: 0 });
    const neither = await run(config, request({ headers: { authorization: "Bearer tok_guess" } }));
    expect(neither.response.status).toBe(401);
  });
});

describe("verifyToken: refused requests", () => {
  it("answers 401 on a wrong token, saying mismatch in the trace only", async () => {
    const r = await run({}, request({ headers: { authorization: "Bearer tok_wrong_000000" } }));
    expect(r.response).toEqual({
      status: 401,
      headers: { "www-authenticate": 'Bearer realm="hookstack"' },
      body: { error: "unauthorized" },
    });
    expect(r.error).toEqual({ nodeId: "auth", message: "unauthorized: token mismatch: the token does not match" });
    expect(traceOf(r).status).toBe("error");
  });

  it("tells a missing token from a wrong one", async () => {
    const none = await run({}, request());
    expect(none.response.status).toBe(401);
    expect(none.error?.message).toBe('unauthorized: missing token: no "authorization" header');
    const empty = await run({}, request({ headers: { authorization: "Bearer " } }));
    expect(empty.error?.message).toContain("missing token");
    const query = await run({ source: "query", name: "key" }, request());
    expect(query.error?.message).toBe('unauthorized: missing token: no "key" query parameter');
    const inherited = await run({ name: "constructor" }, request());
    expect(inherited.error?.message).toBe('unauthorized: missing token: no "constructor" header');
    const repeated = await run({ source: "query", name: "key" }, request({ query: { key: [TOKEN, TOKEN] } }));
    expect(repeated.error?.message).toContain("malformed token");
  });

  it("refuses wrong or malformed Basic credentials with a Basic challenge", async () => {
    const config = { source: "basic", username: "$env.BASIC_USER" };
    const challenge = { "www-authenticate": 'Basic realm="hookstack", charset="UTF-8"' };
    const cases: [string | undefined, string][] = [
      [basic("acme", "nope"), "token mismatch"],
      [basic("mallory", TOKEN), "token mismatch"],
      [undefined, "missing token"],
      [`Bearer ${TOKEN}`, "missing token"],
      ["Basic !!!", "malformed token"],
      [`Basic ${Buffer.from(TOKEN).toString("base64")}`, "malformed token"],
    ];
    for (const [authorization, reason] of cases) {
      const r = await run(config, request({ headers: authorization ? { authorization } : {} }));
      expect(r.response, authorization).toEqual({ status: 401, headers: challenge, body: { error: "unauthorized" } });
      expect(r.error?.message, authorization).toContain(reason);
    }
  });

  it("answers the configured fail status", async () => {
    const r = await run({ failStatus: 403, name: "x-token" }, request({ headers: { "x-token": "wrong" } }));
    expect(r.response).toEqual({ status: 403, headers: {}, body: { error: "unauthorized" } });
  });

  it("fails closed when the token variable is not set", async () => {
    const r = await run({ token: "$env.NOT_SET" }, request({ headers: { authorization: "Bearer " } }));
    expect(r.response.status).toBe(401);
    expect(r.error?.message).toContain("no accepted token configured");
    const blankUser = await run(
      { source: "basic", username: "$env.NOT_SET" },
      request({ headers: { authorization: basic("", TOKEN) } }),
    );
    expect(blankUser.response.status).toBe(401);
    expect(blankUser.error?.message).toContain("no username configured");
  });

  it("lets a connected error handle catch the failure", async () => {
    const r = await run({}, request({ headers: { authorization: "Bearer wrong" } }), true);
    expect(r.error).toBeUndefined();
    expect(r.response).toEqual({
      status: 418,
      headers: {},
      body: { why: "unauthorized: token mismatch: the token does not match" },
    });
  });
});

describe("verifyToken: the token stays secret", () => {
  it("never shows an accepted token in the trace, the answer or the error", async () => {
    const config = { token: "[$env.WEBHOOK_TOKEN, $env.OLD_TOKEN]" };
    for (const authorization of [`Bearer ${TOKEN}`, "Bearer wrong", undefined]) {
      const r = await run(config, request({ headers: authorization ? { authorization } : {} }));
      expect(traceOf(r).input?.token).toBe("[redacted]");
      const everything = JSON.stringify([r.trace, r.response, r.error]);
      expect(everything).not.toContain(TOKEN);
      expect(everything).not.toContain(OLD_TOKEN);
    }
  });

  it("redacts the token even when written as a literal", async () => {
    const r = await run({ token: "'literal-token-1234'" }, request({ headers: { authorization: "Bearer nope" } }));
    expect(traceOf(r).input?.token).toBe("[redacted]");
    expect(JSON.stringify(r.trace)).not.toContain("literal-token-1234");
  });
});
