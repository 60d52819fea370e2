import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { createPgDatabase, dropPgDatabase } from "../support/postgres";
import { waitUntil } from "../support/seed";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Child processes of `pid` whose command line names `script` (tsx also starts an esbuild service). */
const childrenOf = (pid: number, script: string): number[] => {
  try {
    const pids = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
    return pids.filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, "utf8").includes(script);
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** `npm start`'s own entry (scripts/start.ts): migrate, then the supervisor, the public process and the UI process. */
describeEachProvider("npm start supervisor", (provider) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hookstack-supervisor-"));
  const dbName = `hookstack_supervisor_${process.pid}_${Date.now()}`;
  let top: ChildProcess | undefined;
  afterAll(async () => {
    if (top && top.exitCode === null) top.kill("SIGKILL");
    if (provider === "postgres") await dropPgDatabase(dbName).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it("restarts the public process when it dies, passes SIGTERM on, exits 0 and leaves no process behind", async () => {
    const databaseUrl = provider === "postgres" ? await createPgDatabase(dbName) : `file:${path.join(dir, "s.db")}`;
    let log = "";
    top = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: "0",
        HOST: "127.0.0.1",
        HOOKSTACK_KEY_FILE: path.join(dir, "key"),
        NODE_ENV: "production",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    top.stdout!.on("data", (d) => (log += d));
    top.stderr!.on("data", (d) => (log += d));
    const ports = () => [...log.matchAll(/Hookstack listening on http:\/\/[^:]+:(\d+)/g)].map((m) => Number(m[1]));
    const answers = async (port: number) =>
      (await fetch(`http://127.0.0.1:${port}/hooks/nothing_here`, { method: "POST" })).status;

    await waitUntil(async () => ports().length === 1, 90_000, `the server to start:\n${log}`);
    expect(await answers(ports()[0]!)).toBe(404);
    const [first] = childrenOf(top.pid!, "main-process.ts");
    expect(first).toBeDefined();
    const firstUi = await waitUntil(async () => childrenOf(first!, "ui-process.ts")[0], 30_000, "the UI process");

    process.kill(first!, "SIGKILL");
    await waitUntil(async () => ports().length === 2, 90_000, `the server to be started again:\n${log}`);
    expect(await answers(ports()[1]!)).toBe(404);
    const [second] = childrenOf(top.pid!, "main-process.ts");
    expect(second).not.toBe(first);
    const secondUi = await waitUntil(async () => childrenOf(second!, "ui-process.ts")[0], 30_000, "the new UI process");
    // The UI process of the killed server noticed its parent was gone and stopped.
    await waitUntil(async () => !alive(firstUi), 15_000, "the orphaned UI process to stop");

    const exited = new Promise<number | null>((r) => top!.once("exit", (code) => r(code)));
    top.kill("SIGTERM");
    expect(await exited).toBe(0);
    await waitUntil(async () => !alive(second!) && !alive(secondUi), 15_000, "every child to stop");
    expect(log).toContain("Hookstack stopped");
  }, 240_000);

  it("stops everything when only the `npm start` process gets SIGTERM (as `docker stop` sends it)", async () => {
    const databaseUrl =
      provider === "postgres" ? await createPgDatabase(`${dbName}_npm`) : `file:${path.join(dir, "n.db")}`;
    let log = "";
    const npm = spawn("npm", ["start"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: "0",
        HOST: "127.0.0.1",
        HOOKSTACK_KEY_FILE: path.join(dir, "key"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    npm.stdout!.on("data", (d) => (log += d));
    npm.stderr!.on("data", (d) => (log += d));
    try {
      await waitUntil(async () => /Hookstack listening on/.test(log), 90_000, `npm start to serve:\n${log}`);
      // npm → sh → node scripts/start.ts → the public process → the UI process
      const [shell] = childrenOf(npm.pid!, "scripts/start.ts");
      const [supervisor] = childrenOf(shell!, "scripts/start.ts");
      const [server] = childrenOf(supervisor!, "main-process.ts");
      expect(server).toBeDefined();
      npm.kill("SIGTERM");
      await waitUntil(
        async () => !alive(supervisor!) && !alive(server!),
        30_000,
        `the supervisor and server to stop:\n${log}`,
      );
    } finally {
      if (npm.exitCode === null) npm.kill("SIGKILL");
      if (provider === "postgres") await dropPgDatabase(`${dbName}_npm`).catch(() => undefined);
    }
  }, 240_000);
});
