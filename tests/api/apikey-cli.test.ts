import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

/** `npm run -s apikey -- ...` as a script calls it, beside the running server on the same database. */
async function apikey(s: TTestServer, args: string[]) {
  const env = { ...process.env, DATABASE_URL: s.databaseUrl, HOOKSTACK_KEY_FILE: path.join(s.dir, "secret.key") };
  return run("npx", ["tsx", "scripts/apikey.ts", ...args], { cwd: ROOT, env });
}

describeEachProvider("npm run apikey (command line)", (provider) => {
  let s: TTestServer;
  beforeAll(async () => {
    s = await startTestServer(provider);
  });
  afterAll(async () => {
    await s?.stop();
  });

  it("prints one key and nothing else while the server runs; the key has exactly its scopes", async () => {
    const { stdout } = await apikey(s, ["--scopes", "endpoints:read"]);
    expect(stdout).toMatch(/^hsk_\S+\n$/);
    const key = stdout.trim();
    const auth = { authorization: `Bearer ${key}` };
    expect((await s.api("GET", "/api/v1/endpoints", undefined, auth)).status).toBe(200);
    expect((await s.api("POST", "/api/v1/endpoints", { name: "x" }, auth)).status).toBe(403);
  }, 60_000);

  it("--workspace NAME --create makes the workspace; its key does not reach the first one", async () => {
    const { stdout } = await apikey(s, ["--workspace", "Ops", "--create", "--scopes", "all"]);
    const auth = { authorization: `Bearer ${stdout.trim()}` };
    const session = await s.api<{ workspaceId: string }>("GET", "/api/v1/session", undefined, auth);
    expect(session.status).toBe(200);
    expect(session.body.workspaceId).not.toBe("ws_default");
    // Run again: the same workspace, found by its name, not a second one.
    const again = await apikey(s, ["--workspace", "Ops", "--create", "--scopes", "endpoints:read"]);
    const second = await s.api<{ workspaceId: string }>("GET", "/api/v1/session", undefined, {
      authorization: `Bearer ${again.stdout.trim()}`,
    });
    expect(second.body.workspaceId).toBe(session.body.workspaceId);
    const theirs = await s.api<{ endpoints?: unknown[]; data?: unknown[] }>(
      "GET",
      "/api/v1/endpoints",
      undefined,
      auth,
    );
    const mine = await s.api("POST", "/api/v1/endpoints", { name: "first workspace only" });
    expect(mine.status).toBe(201);
    expect(JSON.stringify(theirs.body)).not.toContain("first workspace only");
    expect((await s.api("GET", `/api/v1/endpoints/${mine.body.id}`, undefined, auth)).status).toBe(404);
  }, 60_000);

  it("bad arguments: a clear error on stderr, nothing on stdout, exit 1", async () => {
    const failed = await apikey(s, ["--scopes", "endpoints:fly"]).catch(
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failed).toMatchObject({ code: 1, stdout: "" });
    expect((failed as { stderr: string }).stderr).toMatch(/^apikey: .*endpoints:fly/m);
  }, 60_000);
});
