import { createHmac } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";

async function fromStarter(server: TTestServer, starter: string, env: Record<string, string>) {
  for (const [name, value] of Object.entries(env))
    expect((await server.api("PUT", `/api/v1/env/${name}`, { value })).status).toBeLessThan(300);
  const created = await server.api("POST", "/api/v1/endpoints", { name: starter, starter });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await server.api("POST", `/api/v1/endpoints/${created.body.id}/publish`)).status).toBe(200);
  return `/hooks/${created.body.id}`;
}

describeEachProvider("starters through the public URL", (provider) => {
  let server: TTestServer;
  beforeAll(async () => {
    server = await startTestServer(provider);
  });
  afterAll(() => server?.stop());

  it("lists the starters, and refuses an unknown one naming the field", async () => {
    const list = await server.api("GET", "/api/v1/starters");
    expect(list.body.starters.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(["slack-events", "meta-verify", "zoom-url-validation"]),
    );
    const bad = await server.api("POST", "/api/v1/endpoints", { name: "x", starter: "nope" });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ path: "starter" });
  });

  it("answers Slack's signed url_verification handshake with its challenge, and 401 unsigned", async () => {
    const secret = "slack_signing_secret_123";
    const path = await fromStarter(server, "slack-events", { SLACK_SIGNING_SECRET: secret });
    const body = JSON.stringify({
      token: "t",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    const ts = Math.floor(Date.now() / 1000);
    const signature = "v0=" + createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex");
    const res = await server.post(path, body, {
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": signature,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
    expect((await server.post(path, body)).status).toBe(401);
  });

  it("answers Meta's GET hub.challenge handshake when the verify token matches, 403 otherwise", async () => {
    const path = await fromStarter(server, "meta-verify", {
      META_VERIFY_TOKEN: "meta-verify-token-1",
      META_APP_SECRET: "meta_app_secret_1",
    });
    const ok = await fetch(
      `${server.baseUrl}${path}?hub.mode=subscribe&hub.verify_token=meta-verify-token-1&hub.challenge=1158201444`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("1158201444");
    const wrong = await fetch(`${server.baseUrl}${path}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`);
    expect(wrong.status).toBe(403);
    const put = await fetch(`${server.baseUrl}${path}`, { method: "PUT", body: "{}" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, POST");
  });
});
