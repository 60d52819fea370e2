"use client";

import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TWebhookView } from "@/lib/webhooks/webhook-view";
import { WebhookStatusBadge } from "./status-badges";

const HEAD = "px-4 text-left text-[11px] font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400";

/** The workspace's subscriptions; a row opens the subscription with its delivery log. */
export function WebhookTable({ webhooks }: { webhooks: readonly TWebhookView[] }) {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white shadow-xs dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full table-fixed border-collapse text-[13px]">
        <colgroup>
          <col className="w-[22%]" />
          <col />
          <col className="w-[24%]" />
          <col className="w-[96px]" />
          <col className="w-[120px]" />
        </colgroup>
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr className="h-9">
            <th scope="col" className={HEAD}>
              Name
            </th>
            <th scope="col" className={HEAD}>
              URL
            </th>
            <th scope="col" className={HEAD}>
              Events
            </th>
            <th scope="col" className={HEAD}>
              Status
            </th>
            <th scope="col" className={HEAD}>
              Created
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
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
        </tbody>
      </table>
    </div>
  );
}
