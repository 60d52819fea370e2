import type { WebhookSubscription } from "@/generated/sqlite/client";
import { notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";

export type GetWebhookOptions = { workspaceId: string; id: string };

/** The subscription's row, if it belongs to the workspace (another workspace's id is simply not found). */
export async function getWebhookRow({ workspaceId, id }: GetWebhookOptions): Promise<WebhookSubscription> {
  const row = await getDb().webhookSubscription.findFirst({ where: { id, workspaceId } });
  if (!row) throw notFound(`webhook ${id}`);
  return row;
}
