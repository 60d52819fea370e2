"use client";

import Link from "next/link";
import { ListTable } from "@/components/ui/list-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TWebhookView } from "@/lib/webhooks/webhook-view";
import { WebhookStatusBadge } from "./status-badges";

/** The workspace's subscriptions; a row opens the subscription with its delivery log. */
export function WebhookTable({ webhooks }: { webhooks: readonly TWebhookView[] }) {
  return (
    <ListTable
      columns={[
        { label: "Name", width: "w-[22%]" },
        { label: "URL" },
        { label: "Events", width: "w-[24%]" },
        { label: "Status", width: "w-[96px]" },
        { label: "Created", width: "w-[120px]" },
      ]}
    >
      {webhooks.map((w) => (
        <tr key={w.id} className="h-12 hover:bg-zinc-50/70 dark:hover:bg-zinc-800/30" data-webhook-id={w.id}>
          <td className="truncate px-4">
            <Link
              href={`/webhooks/${w.id}`}
              className="font-medium text-zinc-900 hover:text-indigo-600 dark:text-zinc-100"
            >
              {w.name || w.id}
            </Link>
          </td>
          <td className="truncate px-4 font-mono text-[12px] text-zinc-600 dark:text-zinc-400" title={w.url}>
            {w.url}
          </td>
          <td className="truncate px-4 font-mono text-[12px]">{w.events.join(", ")}</td>
          <td className="px-4">
            <WebhookStatusBadge status={w.status} reason={w.disabledReason} />
          </td>
          <td className="px-4 text-zinc-500">
            <RelativeTime iso={w.createdAt} />
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
