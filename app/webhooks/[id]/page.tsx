import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { getWebhookRow } from "@/lib/webhooks/get-webhook";
import { listEventTypes } from "@/lib/webhooks/list-event-types";
import { presentWebhook } from "@/lib/webhooks/webhook-view";
import { requirePerson } from "../../page-access";
import { WebhookPageClient } from "./page-client";
import { roleCan } from "@/lib/access/scopes";

export const metadata: Metadata = { title: "Webhook · Hookstack" };
export const dynamic = "force-dynamic";

export default async function WebhookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const person = await requirePerson(`/webhooks/${id}`);
  const { workspaceId } = person;
  const row = await getWebhookRow({ workspaceId, id }).catch((err: unknown) => {
    if (err instanceof DomainError && err.code === "not_found") notFound();
    throw err;
  });
  const eventTypes = await listEventTypes({ workspaceId });
  return (
    <WebhookPageClient
      initial={presentWebhook(row)}
      eventTypes={eventTypes.map((t) => t.type)}
      canEdit={roleCan(person.role, "webhooks:write")}
    />
  );
}
