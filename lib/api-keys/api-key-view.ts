import type { TApiKeyOut } from "@/lib/accounts/schemas";
import type { TScope } from "@/lib/access/scopes";

type TApiKeyRow = {
  id: string;
  name: string;
  start: string;
  scopes: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
};

export function toApiKey(row: TApiKeyRow): TApiKeyOut {
  return {
    id: row.id,
    name: row.name,
    start: row.start,
    scopes: row.scopes.split(" ").filter(Boolean) as TScope[],
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}
