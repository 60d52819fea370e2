import { getDb } from "@/lib/db/client";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { ensureDefaultWorkspace } from "@/lib/workspaces/ensure-default-workspace";

/**
 * The workspace a command-line key is for: the one named `name` (created when missing and `create` is set), or
 * without a name the first workspace (the default one, made on first start).
 */
export async function findWorkspaceForKey({ name, create }: { name?: string; create: boolean }): Promise<string> {
  const db = getDb();
  if (name === undefined) {
    await ensureDefaultWorkspace();
    const first = await db.workspace.findFirst({
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    return first!.id;
  }
  const named = await db.workspace.findMany({ where: { name }, select: { id: true }, take: 2 });
  if (named.length > 1) throw new Error(`more than one workspace is named "${name}"`);
  if (named[0]) return named[0].id;
  if (!create) throw new Error(`no workspace is named "${name}" (add --create to make it)`);
  // Owned by the first owner, if there is one yet, so the workspace shows up in someone's switcher.
  const owner = await db.member.findFirst({
    where: { role: "owner" },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
  });
  return (await createWorkspace({ name, ownerId: owner?.userId })).id;
}
