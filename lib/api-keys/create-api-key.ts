import type { TScope } from "@/lib/access/scopes";
import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { toApiKey } from "./api-key-view";
import { generateApiKey, hashApiKey, keyStart } from "./key-format";

export type CreateApiKeyOptions = {
  workspaceId: string;
  name: string;
  scopes: readonly TScope[];
  expiresAt?: Date;
  createdBy?: string;
};

/** Creates a key and returns it once: only its hash is stored. */
export async function createApiKey({ workspaceId, name, scopes, expiresAt, createdBy }: CreateApiKeyOptions) {
  const key = generateApiKey();
  const row = await getDb().apiKey.create({
    data: {
      id: newId("key"),
      workspaceId,
      name,
      start: keyStart(key),
      keyHash: hashApiKey(key),
      scopes: [...new Set(scopes)].join(" "),
      createdBy: createdBy ?? null,
      expiresAt: expiresAt ?? null,
    },
  });
  return { ...toApiKey(row), key };
}
