import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { listEventTypes } from "@/lib/webhooks/list-event-types";
import { presentWebhook } from "@/lib/webhooks/webhook-view";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";
import { WebhookPageClient } from "./page-client";

export const metadata: Metadata = { title: "Webhook · Hookstack" };
export const dynamic = "force-dynamic";

export default async function WebhookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const workspaceId = await currentWorkspaceId();
  const row = await getDb().webhookSubscription.findFirst({ where: { id, workspaceId } });
  if (!row) notFound();
  const eventTypes = await listEventTypes({ workspaceId });
  return <WebhookPageClient initial={presentWebhook(row)} eventTypes={eventTypes.map((t) => t.type)} />;
}
