import { DEFAULT_WORKSPACE_ID, ensureDefaultWorkspace } from "./ensure-default-workspace";

const KEY = Symbol.for("hookstack.defaultWorkspaceReady");
type Holder = { [KEY]?: Promise<string> };

/**
 * The workspace a management request acts on. Until accounts exist it is always the default one, made sure of
 * once per process (server.ts creates it at start; this covers `next dev` or `next start` run on their own).
 */
export function currentWorkspaceId(): Promise<string> {
  const holder = globalThis as Holder;
  holder[KEY] ??= ensureDefaultWorkspace().catch((err) => {
    delete holder[KEY];
    throw err;
  });
  return holder[KEY].then(() => DEFAULT_WORKSPACE_ID);
}
