import type { Metadata } from "next";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { listEventTypes } from "@/lib/webhooks/list-event-types";
import { requirePerson } from "../page-access";
import { WebhooksPageClient } from "./page-client";
import { roleCan } from "@/lib/access/scopes";

export const metadata: Metadata = { title: "Webhooks · Hookstack" };
export const dynamic = "force-dynamic";

export default async function WebhooksPage() {
  const person = await requirePerson("/webhooks");
  const { workspaceId } = person;
  const [webhooks, eventTypes] = await Promise.all([listWebhooks({ workspaceId }), listEventTypes({ workspaceId })]);
  return (
    <WebhooksPageClient
      initialWebhooks={webhooks}
      eventTypes={eventTypes.map((t) => t.type)}
      canEdit={roleCan(person.role, "webhooks:write")}
    />
  );
}
