import { serverConfig, type TServerConfig } from "@/lib/config";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { PlanCache, WorkspaceCache } from "./caches";
import { openPgRunStore } from "@/lib/run-store/pg-store";
import { openSqliteRunStore } from "@/lib/run-store/sqlite-store";
import type { TRunStore } from "@/lib/run-store/types";
import { guardedFetch } from "@/lib/http/guarded-fetch";
import type { TRunServices } from "@/lib/engine/services";
import { RateLimiter } from "./rate-limiter";
import { closeSharedCounter, sharedCounter } from "@/lib/coordination/shared-counter";
import { RunPool } from "@/lib/runs/isolation/run-pool";
import { withRunStats } from "@/lib/run-stats/with-run-stats";
import { runStatsStatements } from "@/lib/run-stats/write-run-stats";

/** The dashboard lags the history by at most this. */
const RUN_STATS_INTERVAL_MS = 1000;

export type TRuntime = {
  config: TServerConfig;
  store: TRunStore;
  plans: PlanCache;
  workspaces: WorkspaceCache;
  fetch: TRunServices["fetch"];
  rateLimiter: RateLimiter;
  /** Worker threads for runs that need the full expression evaluator (started on first use, or by `warm()`). */
  runs: RunPool;
  /** Ids of the runs going on in this process (a dedupe claim held by one of them is worth waiting for). */
  liveRuns: Set<string>;
  /** The background-job worker, when this process runs one (server.ts starts it). */
  worker?: { wake(): void; stop(): Promise<void> };
};

const KEY = Symbol.for("hookstack.hookRuntime");
type Holder = { [KEY]?: TRuntime };

/**
 * The process's hot-path state (store, caches): one per process. On globalThis because Next.js may load this
 * module once per route bundle in the UI process (the test and replay routes use it), and every copy must share it.
 */
export function getRuntime(): TRuntime {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];
  const url = databaseUrl();
  const config = serverConfig();
  const dialect = providerOf(url);
  const store =
    dialect === "postgres"
      ? openPgRunStore(url, { poolSize: config.HOOKSTACK_PG_POOL_SIZE })
      : openSqliteRunStore(url, config.HOOKSTACK_SQLITE_SYNCHRONOUS);
  const runtime: TRuntime = {
    config,
    store: withRunStats(store, {
      write: (batch) => store.writeStatements(runStatsStatements(dialect, batch)),
      intervalMs: RUN_STATS_INTERVAL_MS,
    }),
    plans: new PlanCache(),
    workspaces: new WorkspaceCache(),
    fetch: guardedFetch,
    rateLimiter: new RateLimiter(sharedCounter({ databaseUrl: url, redisUrl: config.HOOKSTACK_REDIS_URL })),
    liveRuns: new Set(),
    runs: new RunPool({
      size: config.HOOKSTACK_RUN_WORKERS,
      queue: config.HOOKSTACK_RUN_QUEUE,
      cpuMs: config.HOOKSTACK_RUN_CPU_MS,
      memoryMb: config.HOOKSTACK_RUN_MEMORY_MB,
    }),
  };
  holder[KEY] = runtime;
  return runtime;
}

export async function closeRuntime(): Promise<void> {
  const holder = globalThis as Holder;
  await holder[KEY]?.worker?.stop();
  await holder[KEY]?.runs.close();
  await holder[KEY]?.store.close();
  await closeSharedCounter();
  delete holder[KEY];
}
