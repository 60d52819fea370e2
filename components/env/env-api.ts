import { call, id } from "@/lib/editor-store/api-client";
import type { TEnvVarView } from "@/lib/env/env-name";
import type { TEnvVarListItem } from "@/lib/env/list-env-vars";

/** The Variables page's calls to /api/v1: names in, names out; values only ever travel to the server. */
export const envApi = {
  list: async () => (await call<{ variables: TEnvVarListItem[] }>("GET", "/env")).variables,
  create: (name: string, value: string) => call<TEnvVarView>("POST", "/env", { name, value }),
  replace: (name: string, value: string) => call<TEnvVarView>("PUT", `/env/${id(name)}`, { value }),
  remove: async (name: string) => {
    await call<unknown>("DELETE", `/env/${id(name)}`);
  },
};
