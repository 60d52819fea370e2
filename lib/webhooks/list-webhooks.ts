import { getDb } from "@/lib/db/client";
import { DELETED_STATUS } from "./purge-webhook";
import { presentWebhook, type TWebhookView } from "./webhook-view";

export type ListWebhooksOptions = { workspaceId: string };

export async function listWebhooks({ workspaceId }: ListWebhooksOptions): Promise<TWebhookView[]> {
  const rows = await getDb().webhookSubscription.findMany({
    where: { workspaceId, status: { not: DELETED_STATUS } },
    orderBy: { id: "desc" },
  });
  const now = Date.now();
  return rows.map((r) => presentWebhook(r, now));
}
