import { getDb } from "@/lib/db/client";
import { toApiKey } from "./api-key-view";

export async function listApiKeys({ workspaceId }: { workspaceId: string }) {
  const rows = await getDb().apiKey.findMany({ where: { workspaceId }, orderBy: { createdAt: "desc" } });
  return rows.map(toApiKey);
}
