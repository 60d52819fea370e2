/**
 * `npm run bench -- --db postgres --instances 2`: the Hookstack side of the bench served by several instances on
 * one database behind nginx (round robin, the config of scripts/nginx-config.ts, as docs/deployment.md shows), so
 * the cost of the proxy and the shared database is known. The load goes to nginx; the CPU and memory figures are
 * those of the first instance's process tree (the bench reads one pid), so with 2 instances CPU per request reads
 * about half the true cost.
 */
import { startTestServer, type TTestServer } from "../tests/support/test-server";
import { freePort, startNginx } from "../tests/support/nginx";
import type { TProvider } from "../tests/support/providers";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export const INSTANCES = Number(argValue("--instances") ?? 1);
/** `--db postgres` (or `--db=postgres`); SQLite by default. Several instances need PostgreSQL. */
export const BENCH_DB: TProvider = argValue("--db") === "postgres" ? "postgres" : "sqlite";

if (!Number.isInteger(INSTANCES) || INSTANCES < 1 || INSTANCES > 8) throw new Error("--instances takes 1 to 8");
if (INSTANCES > 1 && BENCH_DB !== "postgres") {
  throw new Error("--instances 2 needs --db postgres: several instances share one PostgreSQL database");
}

/**
 * With --instances N > 1: starts N - 1 more instances beside `server` (same database and key) and nginx in front of
 * all of them, in the bench's port range; returns the origin to load and how to stop what it started.
 */
export async function behindProxy(server: TTestServer): Promise<{ origin: string; stop(): Promise<void> }> {
  if (INSTANCES === 1) return { origin: server.baseUrl, stop: async () => {} };
  const env = { HOOKSTACK_TRUST_PROXY: "true" };
  const others: TTestServer[] = [];
  for (let i = 1; i < INSTANCES; i++) others.push(await startTestServer(BENCH_DB, env, server));
  const proxy = await startNginx({
    upstreams: [server, ...others].map((s) => new URL(s.baseUrl).host),
    port: await freePort(3480, 3499),
  });
  console.log(`${INSTANCES} instances on one PostgreSQL database behind nginx at ${proxy.url} (round robin)`);
  return {
    origin: proxy.url,
    async stop() {
      await proxy.stop();
      await Promise.all(others.map((s) => s.stop()));
    },
  };
}
