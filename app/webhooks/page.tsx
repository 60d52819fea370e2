import type { Metadata } from "next";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { listEventTypes } from "@/lib/webhooks/list-event-types";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";
import { WebhooksPageClient } from "./page-client";

export const metadata: Metadata = { title: "Webhooks · Hookstack" };
export const dynamic = "force-dynamic";

export default async function WebhooksPage() {
  const workspaceId = await currentWorkspaceId();
  const [webhooks, eventTypes] = await Promise.all([listWebhooks({ workspaceId }), listEventTypes({ workspaceId })]);
  return <WebhooksPageClient initialWebhooks={webhooks} eventTypes={eventTypes.map((t) => t.type)} />;
}
