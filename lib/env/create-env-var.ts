import { DomainError } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { encryptSecret } from "@/lib/secrets/cipher";
import { bumpRevision } from "@/lib/workspaces/bump-revision";
import type { TEnvVarView } from "./env-name";

export type CreateEnvVarOptions = { workspaceId: string; name: string; value: string };

const taken = (name: string) =>
  new DomainError(
    "conflict",
    `a variable named ${name} already exists: pick it, or replace its value on the Variables page`,
    {
      errors: [{ path: "name", message: `${name} already exists` }],
    },
  );

/** Creates a variable, never replacing one (409 when the name exists: a live secret must not change by accident). */
export async function createEnvVar({ workspaceId, name, value }: CreateEnvVarOptions): Promise<TEnvVarView> {
  const stored = encryptSecret(value);
  try {
    return await getDb().$transaction(async (tx) => {
      if (await tx.envVar.findUnique({ where: { workspaceId_name: { workspaceId, name } }, select: { name: true } }))
        throw taken(name);
      const row = await tx.envVar.create({ data: { workspaceId, name, value: stored } });
      await bumpRevision(tx, workspaceId);
      return { name: row.name, updatedAt: row.updatedAt.toISOString() };
    });
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") throw taken(name); // created concurrently
    throw err;
  }
}
