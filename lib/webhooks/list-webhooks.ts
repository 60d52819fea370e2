import { getDb } from "@/lib/db/client";
import { presentWebhook, type TWebhookView } from "./webhook-view";

export type ListWebhooksOptions = { workspaceId: string };

export async function listWebhooks({ workspaceId }: ListWebhooksOptions): Promise<TWebhookView[]> {
  const rows = await getDb().webhookSubscription.findMany({ where: { workspaceId }, orderBy: { id: "desc" } });
  const now = Date.now();
  return rows.map((r) => presentWebhook(r, now));
}
