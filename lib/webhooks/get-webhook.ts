import type { WebhookSubscription } from "@/generated/sqlite/client";
import { notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { DELETED_STATUS } from "./purge-webhook";

export type GetWebhookOptions = { workspaceId: string; id: string };

/** The subscription's row, if it belongs to the workspace (another workspace's id, or a deleted one, is simply not found). */
export async function getWebhookRow({ workspaceId, id }: GetWebhookOptions): Promise<WebhookSubscription> {
  const row = await getDb().webhookSubscription.findFirst({
    where: { id, workspaceId, status: { not: DELETED_STATUS } },
  });
  if (!row) throw notFound(`webhook ${id}`);
  return row;
}
