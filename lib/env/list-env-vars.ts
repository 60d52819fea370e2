import { getDb } from "@/lib/db/client";
import type { TEnvVarView } from "./env-name";
import { envUsage, type TEnvUser } from "./env-usage";

export type ListEnvVarsOptions = { workspaceId: string };

export type TEnvVarListItem = TEnvVarView & { usedBy: TEnvUser[] };

/** Names, update times and the endpoints that use each: values never leave the server through the API. */
export async function listEnvVars({ workspaceId }: ListEnvVarsOptions): Promise<TEnvVarListItem[]> {
  const rows = await getDb().envVar.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    select: { name: true, updatedAt: true },
  });
  const usage = await envUsage(workspaceId);
  return rows.map((r) => ({ name: r.name, updatedAt: r.updatedAt.toISOString(), usedBy: usage.get(r.name) ?? [] }));
}
