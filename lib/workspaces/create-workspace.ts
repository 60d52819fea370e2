import { getDb } from "@/lib/db/client";
import { newId, newRandomId } from "@/lib/ids";

/** Creates a workspace; `ownerId` (when given) becomes its owner. The slug is the plugin's unique handle. */
export async function createWorkspace({
  name,
  ownerId,
}: {
  name: string;
  ownerId?: string;
}): Promise<{ id: string; name: string }> {
  const id = newRandomId("ws", 20);
  return getDb().$transaction(async (tx) => {
    const workspace = await tx.workspace.create({ data: { id, name, slug: id } });
    if (ownerId)
      await tx.member.create({ data: { id: newId("mem"), workspaceId: id, userId: ownerId, role: "owner" } });
    return { id: workspace.id, name: workspace.name };
  });
}
