import { getDb } from "@/lib/db/client";
import type { TWorkspaceData } from "./caches";
import type { TRuntime } from "./runtime";

/**
 * A workspace's decrypted env and tables at its current revision, through the hot path's cache (the management
 * API has no endpoint head to read the revision from, so it asks the database).
 */
export async function loadWorkspaceData(runtime: TRuntime, workspaceId: string): Promise<TWorkspaceData> {
  const { revision } = await getDb().workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { revision: true },
  });
  return runtime.workspaces.get(runtime.store, workspaceId, revision);
}
