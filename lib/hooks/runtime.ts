import { serverConfig, type TServerConfig } from "@/lib/config";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { PlanCache, WorkspaceCache } from "./caches";
import { openPgHookStore } from "./store/pg-store";
import { openSqliteHookStore } from "./store/sqlite-store";
import type { THookStore } from "./store/types";
import { guardedFetch } from "@/lib/http/guarded-fetch";
import type { TRunServices } from "@/lib/engine/services";

export type THookRuntime = {
  config: TServerConfig;
  store: THookStore;
  plans: PlanCache;
  workspaces: WorkspaceCache;
  fetch: TRunServices["fetch"];
};

const KEY = Symbol.for("hookstack.hookRuntime");
type Holder = { [KEY]?: THookRuntime };

/**
 * The process's hot-path state (store, caches). On globalThis because server.ts and the Next.js bundle each load
 * their own copy of lib/: both must see one store and one set of caches.
 */
export function getHookRuntime(): THookRuntime {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];
  const url = databaseUrl();
  const runtime: THookRuntime = {
    config: serverConfig(),
    store: providerOf(url) === "postgres" ? openPgHookStore(url) : openSqliteHookStore(url),
    plans: new PlanCache(),
    workspaces: new WorkspaceCache(),
    fetch: guardedFetch,
  };
  holder[KEY] = runtime;
  return runtime;
}

export async function closeHookRuntime(): Promise<void> {
  const holder = globalThis as Holder;
  await holder[KEY]?.store.close();
  delete holder[KEY];
}
