"use client";

import Link from "next/link";
import { ListTable } from "@/components/ui/list-table";
import type { TEndpointSummary as TEndpoint } from "@/lib/editor-store/types";
import { Badge, Dot } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { Icon } from "@/components/ui/icon";
import { Menu } from "@/components/ui/menu";
import { RelativeTime } from "@/components/ui/relative-time";
import { Switch } from "@/components/ui/switch";
import { StatusBadge } from "./status-badge";

export type EndpointActions = {
  onToggle(endpoint: TEndpoint, enabled: boolean): void;
  onRename(endpoint: TEndpoint): void;
  onDuplicate(endpoint: TEndpoint): void;
  onDelete(endpoint: TEndpoint): void;
};

/** Without `actions` (a viewer) the list is read-only. */
export function EndpointTable({ endpoints, actions }: { endpoints: readonly TEndpoint[]; actions?: EndpointActions }) {
  return (
    <ListTable
      columns={[
        { label: "Name", width: "w-[26%]" },
        { label: "Live URL" },
        { label: "Version", width: "w-[104px]" },
        { label: "Enabled", width: "w-[92px]" },
        { label: "Last request", width: "w-[164px]" },
        { label: "Actions", width: "w-[52px]", isLabelHidden: true },
      ]}
    >
      {endpoints.map((e) => (
        <EndpointRow key={e.id} endpoint={e} actions={actions} />
      ))}
    </ListTable>
  );
}

function EndpointRow({ endpoint: e, actions }: { endpoint: TEndpoint; actions?: EndpointActions }) {
  const isLive = e.enabled && e.publishedVersion !== null;
  return (
    <tr
      className="group h-14 hover:bg-zinc-50/70 last:[&>td:first-child]:rounded-bl-xl last:[&>td:last-child]:rounded-br-xl dark:hover:bg-zinc-800/30"
      data-endpoint-id={e.id}
    >
      <td className="px-4">
        <Link
          href={`/endpoints/${e.id}`}
          className="block truncate rounded font-medium text-zinc-900 hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-zinc-100 dark:hover:text-indigo-400"
        >
          {e.name}
        </Link>
        <span className="block truncate font-mono text-[11px] text-zinc-400">{e.id}</span>
      </td>
      <td className="px-4">
        <div className="flex min-w-0 items-center gap-1.5">
          <span title={isLive ? "Answering requests" : e.enabled ? "Publish to go live" : "Disabled: answers 404"}>
            <Dot tone={isLive ? "success" : "neutral"} />
          </span>
          <code
            title={e.url}
            className={`truncate font-mono text-[12px] ${isLive ? "text-zinc-700 dark:text-zinc-300" : "text-zinc-400 dark:text-zinc-500"}`}
          >
            {e.url}
          </code>
          <CopyButton value={e.url} label={`Copy URL of ${e.name}`} />
        </div>
      </td>
      <td className="px-4">
        {e.publishedVersion !== null ? (
          <Badge tone="accent">v{e.publishedVersion}</Badge>
        ) : (
          <Badge title="Never published: the URL answers 404">Draft</Badge>
        )}
      </td>
      <td className="px-4">
        <Switch
          checked={e.enabled}
          disabled={!actions}
          onChange={(on) => actions?.onToggle(e, on)}
          label={`${e.enabled ? "Disable" : "Enable"} ${e.name}`}
          size="sm"
        />
      </td>
      <td className="px-4">
        {e.lastRequest ? (
          <Link
            href={`/endpoints/${e.id}?panel=history`}
            title="Open the request history"
            className="flex items-center gap-2 rounded text-zinc-600 hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-zinc-400 dark:hover:text-indigo-400"
          >
            <StatusBadge status={e.lastRequest.status} />
            <RelativeTime iso={e.lastRequest.at} className="truncate text-xs" />
          </Link>
        ) : (
          <span className="text-xs text-zinc-400 dark:text-zinc-500">No requests yet</span>
        )}
      </td>
      <td className="pr-3 text-right">
        <Menu
          label={`Actions for ${e.name}`}
          trigger={<Icon name="more" size={16} />}
          items={[
            {
              label: "Request history",
              icon: "history",
              onSelect: () => window.location.assign(`/endpoints/${e.id}?panel=history`),
            },
            ...(actions
              ? ([
                  { label: "Rename", icon: "pencil", onSelect: () => actions.onRename(e) },
                  { label: "Duplicate", icon: "copy", onSelect: () => actions.onDuplicate(e) },
                  { label: "Delete", icon: "trash", tone: "danger", onSelect: () => actions.onDelete(e) },
                ] as const)
              : []),
          ]}
        />
      </td>
    </tr>
  );
}
