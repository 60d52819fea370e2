import { DomainError } from "@/lib/errors";
import { createPasswordUser } from "@/lib/auth/create-password-user";
import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { DEFAULT_WORKSPACE_ID, ensureDefaultWorkspace } from "@/lib/workspaces/ensure-default-workspace";
import type { TSetupBody } from "./schemas";

const ALREADY_SET_UP = "Hookstack is already set up: sign in, or ask an owner for an invitation";

export async function hasOwner(): Promise<boolean> {
  return (await getDb().user.count()) > 0;
}

/**
 * First start: creates the first person as owner of the default workspace, which keeps every endpoint, table and
 * variable made before accounts existed. Once anyone exists it refuses (409).
 */
export async function setupOwner({
  name,
  email,
  password,
}: TSetupBody): Promise<{ userId: string; workspaceId: string }> {
  const db = getDb();
  if (await hasOwner()) throw new DomainError("conflict", ALREADY_SET_UP);
  await ensureDefaultWorkspace();
  const userId = await createPasswordUser({ name, email, password });
  // Two setups racing both pass the check above; the oldest user wins and the other one is undone.
  const first = await db.user.findFirst({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  if (first?.id !== userId) {
    await db.user.delete({ where: { id: userId } });
    throw new DomainError("conflict", ALREADY_SET_UP);
  }
  await db.member.create({ data: { id: newId("mem"), workspaceId: DEFAULT_WORKSPACE_ID, userId, role: "owner" } });
  return { userId, workspaceId: DEFAULT_WORKSPACE_ID };
}
