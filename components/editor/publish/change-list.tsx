"use client";

import { Badge } from "@/components/ui/badge";
import { getNodeDefinition } from "@/lib/nodes/catalog";
import type { TNodeChange, TVersionDiff } from "@/lib/graph/version-diff";

const KIND_TONE = { added: "success", removed: "danger", changed: "warning" } as const;

const show = (value: unknown) =>
  value === undefined ? "default" : typeof value === "string" ? value : JSON.stringify(value);

function nodeName(change: TNodeChange) {
  return change.label || getNodeDefinition(change.type)?.title || change.type;
}

/** A version diff as a list: one row per node added, removed or changed (with its fields), then settings. */
export function ChangeList({
  diff,
  settingsNote,
  emptyText,
}: {
  diff: TVersionDiff;
  settingsNote?: string;
  emptyText: string;
}) {
  if (diff.nodes.length === 0 && diff.settings.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-zinc-200 px-3 py-2.5 text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
        {emptyText}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3" data-testid="change-list">
      {diff.nodes.length > 0 && (
        <ul className="flex max-h-56 flex-col gap-1 overflow-auto">
          {diff.nodes.map((c) => (
            <li
              key={`${c.kind}-${c.id}`}
              className="flex items-start gap-2 text-xs leading-5"
              data-change={c.kind}
              data-node-id={c.id}
            >
              <Badge tone={KIND_TONE[c.kind]} className="w-16 justify-center">
                {c.kind}
              </Badge>
              <span className="min-w-0 flex-1">
                <span className="font-medium text-zinc-800 dark:text-zinc-200">{nodeName(c)}</span>{" "}
                <code className="font-mono text-[11px] text-zinc-400">{c.id}</code>
                {c.fields.some((f) => !c.values?.[f]) && (
                  <span className="block text-zinc-500 dark:text-zinc-400">
                    {c.fields.filter((f) => !c.values?.[f]).join(", ")} changed
                  </span>
                )}
                {Object.entries(c.values ?? {}).map(([field, v]) => (
                  <span
                    key={field}
                    className="block truncate font-mono text-[11px] text-zinc-500 dark:text-zinc-400"
                    title={`${show(v.before)} → ${show(v.after)}`}
                  >
                    {field}: <span className="line-through decoration-zinc-300">{show(v.before)}</span> →{" "}
                    <span className="text-zinc-800 dark:text-zinc-200">{show(v.after)}</span>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {diff.settings.length > 0 && (
        <div>
          <p className="mb-1 text-[11px] font-medium uppercase tracking-wide text-zinc-400">Settings</p>
          <ul className="flex flex-col gap-1" data-testid="settings-changes">
            {diff.settings.map((c) => (
              <li key={c.key} className="text-xs leading-5 text-zinc-700 dark:text-zinc-300">
                <code className="font-mono text-[11.5px]">{c.key}</code>:{" "}
                <span className="text-zinc-500 line-through decoration-zinc-300">{show(c.before)}</span> →{" "}
                <span className="font-medium">{show(c.after)}</span>
              </li>
            ))}
          </ul>
          {settingsNote && (
            <p className="mt-1 text-[11.5px] leading-4 text-zinc-500 dark:text-zinc-400">{settingsNote}</p>
          )}
        </div>
      )}
    </div>
  );
}
