import { getDb } from "@/lib/db/client";
import { encryptSecret } from "@/lib/secrets/cipher";
import { bumpRevision } from "@/lib/workspaces/bump-revision";
import type { TEnvVarView } from "./env-name";

export type SetEnvVarOptions = { workspaceId: string; name: string; value: string };

/** Creates or replaces a variable (encrypted at rest) and tells the hot path's cache, in one transaction. */
export async function setEnvVar({
  workspaceId,
  name,
  value,
}: SetEnvVarOptions): Promise<TEnvVarView & { created: boolean }> {
  const stored = encryptSecret(value);
  return getDb().$transaction(async (tx) => {
    const existing = await tx.envVar.findUnique({
      where: { workspaceId_name: { workspaceId, name } },
      select: { name: true },
    });
    const row = await tx.envVar.upsert({
      where: { workspaceId_name: { workspaceId, name } },
      create: { workspaceId, name, value: stored },
      update: { value: stored },
    });
    await bumpRevision(tx, workspaceId);
    return { name: row.name, updatedAt: row.updatedAt.toISOString(), created: !existing };
  });
}
