import { getDb } from "@/lib/db/client";
import { DEFAULT_WORKSPACE_ID, DEFAULT_WORKSPACE_NAME } from "./default-workspace";

export { DEFAULT_WORKSPACE_ID };

/** Creates the default workspace if it is missing (the UI process; server.ts does the same through its store). */
export async function ensureDefaultWorkspace(): Promise<string> {
  await getDb().workspace.upsert({
    where: { id: DEFAULT_WORKSPACE_ID },
    create: { id: DEFAULT_WORKSPACE_ID, name: DEFAULT_WORKSPACE_NAME, slug: DEFAULT_WORKSPACE_ID },
    update: {},
  });
  return DEFAULT_WORKSPACE_ID;
}
