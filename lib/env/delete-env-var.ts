import { notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { bumpRevision } from "@/lib/workspaces/bump-revision";

export type DeleteEnvVarOptions = { workspaceId: string; name: string };

export async function deleteEnvVar({ workspaceId, name }: DeleteEnvVarOptions): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.envVar.deleteMany({ where: { workspaceId, name } });
    if (count === 0) throw notFound(`environment variable "${name}"`);
    await bumpRevision(tx, workspaceId);
  });
}
