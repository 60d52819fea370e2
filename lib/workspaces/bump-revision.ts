import type { Prisma } from "@/generated/sqlite/client";

export type TTx = Prisma.TransactionClient;

/**
 * Tells the hot path's caches that tables or env changed: call it in the same transaction as the change, so no
 * reader ever sees the new revision with the old data.
 */
export async function bumpRevision(tx: TTx, workspaceId: string): Promise<void> {
  await tx.workspace.update({ where: { id: workspaceId }, data: { revision: { increment: 1 } } });
}
