import { getDb } from "@/lib/db/client";

export const DEFAULT_WORKSPACE_ID = "ws_default";

/** Every row belongs to a workspace; until accounts exist, everything lives in this one, created on first start. */
export async function ensureDefaultWorkspace(): Promise<string> {
  await getDb().workspace.upsert({
    where: { id: DEFAULT_WORKSPACE_ID },
    create: { id: DEFAULT_WORKSPACE_ID, name: "Default workspace" },
    update: {},
  });
  return DEFAULT_WORKSPACE_ID;
}
