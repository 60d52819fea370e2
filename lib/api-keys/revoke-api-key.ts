import { notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";

/** Deletes the key: the next request with it answers 401. A key of another workspace is "not found". */
export async function revokeApiKey({ workspaceId, id }: { workspaceId: string; id: string }): Promise<void> {
  const { count } = await getDb().apiKey.deleteMany({ where: { id, workspaceId } });
  if (count === 0) throw notFound("API key");
}
