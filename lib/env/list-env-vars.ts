import { getDb } from "@/lib/db/client";
import type { TEnvVarView } from "./env-name";

export type ListEnvVarsOptions = { workspaceId: string };

/** Names and update times only: values never leave the server through the API. */
export async function listEnvVars({ workspaceId }: ListEnvVarsOptions): Promise<TEnvVarView[]> {
  const rows = await getDb().envVar.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    select: { name: true, updatedAt: true },
  });
  return rows.map((r) => ({ name: r.name, updatedAt: r.updatedAt.toISOString() }));
}
