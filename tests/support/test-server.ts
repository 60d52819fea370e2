import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bootstrapAccess } from "./auth";
import { createPgDatabase, dropPgDatabase } from "./postgres";
import type { TProvider } from "./providers";

export type TTestServer = {
  baseUrl: string;
  databaseUrl: string;
  /** The server's private folder (SQLite file, secret key file). */
  dir: string;
  provider: TProvider;
  /** The server process's id (the bench reads its CPU time and memory). */
  readonly pid: number;
  /** An API key with every scope in the first workspace (the harness sets up an owner at start). */
  apiKey: string;
  /** The owner's session cookie (for routes only people may call). */
  ownerCookie: string;
  /**
   * JSON request to the management API or any path, sent with the harness's API key unless `headers` carries its
   * own `authorization` (an empty one sends none); returns status, headers and parsed body.
   */
  api<T = any>(
    method: string,
    urlPath: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: T }>;
  /** Raw POST with a string body, as a webhook provider sends it. */
  post(urlPath: string, body: string, headers?: Record<string, string>): Promise<Response>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the server again on the same database (after kill). */
  restart(): Promise<void>;
  stop(): Promise<void>;
  output(): string;
};

const ROOT = path.resolve(import.meta.dirname, "../..");

let counter = 0;

/**
 * Starts the real server (server.ts: hot path + Next.js production build) on a fresh database: a temp SQLite file
 * or a new PostgreSQL database, migrated with `prisma migrate deploy` as `npm start` does.
 */
export async function startTestServer(
  provider: TProvider,
  env: Record<string, string> = {},
  /** Run beside an existing server, on its database and secret key (several processes, one database). */
  beside?: TTestServer,
  /** Extra Node.js flags for the server process (the bench's `--cpu-prof`, `--trace-gc`). */
  nodeArgs: string[] = [],
): Promise<TTestServer> {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    throw new Error("integration tests need a production build: run `npx next build` first (npm test does)");
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "hookstack-test-"));
  const dbName = `hookstack_test_${process.pid}_${Date.now()}_${counter++}`;
  const databaseUrl = beside
    ? beside.databaseUrl
    : provider === "postgres"
      ? await createPgDatabase(dbName)
      : `file:${path.join(dir, "test.db")}`;
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    HOOKSTACK_KEY_FILE: path.join(beside?.dir ?? dir, "secret.key"),
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    ...env,
  };
  if (!beside) execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: baseEnv, stdio: "pipe" });

  // Port 0: the system picks a free port at bind time (no race with other servers); the log line names it.
  let port = 0;
  let child: ChildProcess | undefined;
  let log = "";
  const launch = async () => {
    log = "";
    child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", path.join(ROOT, "tests/support/serve.ts")], {
      cwd: ROOT,
      // A fixed PORT when asked for (behind a proxy the instance must come back on its port after a restart).
      env: { ...baseEnv, PORT: env.PORT ?? "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (d) => (log += d));
    child.stderr!.on("data", (d) => (log += d));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`test server exited early:\n${log}`);
      const listening = /Hookstack listening on http:\/\/[^:]+:(\d+)/.exec(log);
      if (listening) {
        port = Number(listening[1]);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`test server did not start within 60 s:\n${log}`);
  };
  await launch();

  const url = () => `http://127.0.0.1:${port}`;
  const access = beside ? { apiKey: beside.apiKey, ownerCookie: beside.ownerCookie } : await bootstrapAccess(url());
  const kill = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child!.once("exit", r));
    child.kill(signal);
    await exited;
  };
  return {
    get baseUrl() {
      return url();
    },
    get pid() {
      return child!.pid!;
    },
    databaseUrl,
    dir,
    provider,
    ...access,
    async api(method, urlPath, body, headers = {}) {
      const auth = "authorization" in headers ? {} : { authorization: `Bearer ${access.apiKey}` };
      const sent = Object.fromEntries(Object.entries({ ...auth, ...headers }).filter(([, v]) => v !== ""));
      const res = await fetch(url() + urlPath, {
        method,
        headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...sent },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, headers: res.headers, body: parsed as never };
    },
    post(urlPath, body, headers = {}) {
      return fetch(url() + urlPath, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      });
    },
    kill,
    restart: launch,
    async stop() {
      await kill();
      if (provider === "postgres" && !beside) await dropPgDatabase(dbName).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
    output: () => log,
  };
}
