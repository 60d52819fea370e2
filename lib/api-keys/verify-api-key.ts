import type { TScope } from "@/lib/access/scopes";
import { getDb } from "@/lib/db/client";
import { hashApiKey, looksLikeApiKey } from "./key-format";

/** Last-used times are written at most this often per key, so a busy script does not write on every call. */
const LAST_USED_EVERY_MS = 60_000;

export type TVerifiedKey = { id: string; name: string; workspaceId: string; scopes: TScope[] };

/** The key's workspace and scopes, or undefined when it is unknown, revoked or expired. */
export async function verifyApiKey(key: string, now = new Date()): Promise<TVerifiedKey | undefined> {
  if (!looksLikeApiKey(key)) return undefined;
  const db = getDb();
  const row = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(key) } });
  if (!row || (row.expiresAt && row.expiresAt <= now)) return undefined;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } }).catch(() => undefined);
  }
  return {
    id: row.id,
    name: row.name,
    workspaceId: row.workspaceId,
    scopes: row.scopes.split(" ").filter(Boolean) as TScope[],
  };
}
