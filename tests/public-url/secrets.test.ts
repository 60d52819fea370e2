import { statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { history, publishEndpoint } from "../support/seed";

const API_KEY = "sk_live_very_secret_value_123";

async function storedEnvValue(server: TTestServer, name: string): Promise<string> {
  if (server.provider === "sqlite") {
    const db = new Database(server.databaseUrl.replace(/^file:/, ""), { readonly: true });
    try {
      return (db.prepare("SELECT value FROM env_vars WHERE name = ?").get(name) as { value: string }).value;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    return (await client.query("SELECT value FROM env_vars WHERE name = $1", [name])).rows[0].value;
  } finally {
    await client.end();
  }
}

describeEachProvider("secrets and hostile payloads", (provider) => {
  let server: TTestServer;
  beforeAll(async () => {
    server = await startTestServer(provider);
    expect((await server.api("PUT", "/api/v1/env/API_KEY", { value: API_KEY })).status).toBe(201);
  });
  afterAll(() => server?.stop());

  it("stores environment variables encrypted, with an owner-only key file, and never returns their values", async () => {
    const stored = await storedEnvValue(server, "API_KEY");
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(API_KEY);
    expect(statSync(path.join(server.dir, "secret.key")).mode & 0o777).toBe(0o600);
    const listed = await server.api("GET", "/api/v1/env");
    expect(JSON.stringify(listed.body)).not.toContain(API_KEY);
    expect(listed.body.variables.map((v: { name: string }) => v.name)).toContain("API_KEY");
  });

  it("masks secret values in error answers, traces and the request history", async () => {
    const { id, path: hook } = await publishEndpoint(server, {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "copy", type: "setVariable", config: { name: "key", value: "'Bearer ' & $env.API_KEY" } },
        {
          id: "leak",
          type: "setVariable",
          config: { name: "x", value: "$error('upstream refused key ' & $env.API_KEY)" },
        },
      ],
      edges: [
        { source: "start", target: "copy" },
        { source: "copy", target: "leak" },
      ],
    });
    const res = await server.post(hook, "{}", { authorization: `Bearer ${API_KEY}` });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain(API_KEY);
    expect(text).toContain("[redacted]");
    const [entry] = await history(server, id);
    expect(JSON.stringify(entry)).not.toContain(API_KEY);
    expect(entry.headers.authorization).toBe("[redacted]");
    expect(entry.trace.find((t: { nodeId: string }) => t.nodeId === "copy").output).toBe("Bearer [redacted]");
  });

  it("keeps __proto__ and constructor keys in a payload as plain data", async () => {
    const { path: hook } = await publishEndpoint(server, {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "raw", type: "getRawInput", config: { as: "payload" } },
        { id: "form", type: "getRawInput", config: { encoding: "text", as: "text" } },
        {
          id: "out",
          type: "response",
          config: {
            body: "{ 'keys': $keys($payload), 'inner': $payload.__proto__.polluted, 'fresh': $exists({}.polluted) }",
          },
        },
      ],
      edges: [
        { source: "start", target: "raw" },
        { source: "raw", target: "form" },
        { source: "form", target: "out" },
      ],
    });
    const hostile = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
    const res = await server.post(hook, hostile);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ keys: ["__proto__", "constructor"], inner: true, fresh: false });
    // A later run in the same process sees clean objects too.
    const again = await server.post(hook, "{}");
    expect((await again.json()).fresh).toBe(false);
  });

  it("refuses a body nested deeper than the limit with 400", async () => {
    const { path: hook } = await publishEndpoint(server, {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "raw", type: "getRawInput", config: { as: "payload" } },
      ],
      edges: [{ source: "start", target: "raw" }],
    });
    const deep = "[".repeat(200) + "]".repeat(200);
    const res = await server.post(hook, deep);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/nested deeper than 64/);
  });
});
