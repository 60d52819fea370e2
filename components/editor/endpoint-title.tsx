"use client";

import { useState } from "react";
import { useEditor } from "@/lib/editor-store/context";
import { Badge } from "@/components/ui/badge";
import { Icon } from "@/components/ui/icon";
import { useIsReadOnly } from "./read-only";

/** The endpoint's name; click (or Enter) to rename it in place, unless the editor is read-only. */
export function EndpointTitle() {
  const name = useEditor((s) => s.endpoint.name);
  const enabled = useEditor((s) => s.endpoint.enabled);
  const rename = useEditor((s) => s.rename);
  const [draft, setDraft] = useState<string | null>(null);
  const isReadOnly = useIsReadOnly();

  const commit = () => {
    if (draft !== null && draft.trim()) void rename(draft);
    setDraft(null);
  };

  return (
    <div className="flex min-w-0 items-center gap-2">
      {isReadOnly ? (
        <span className="truncate px-1.5 py-1 text-[14px] font-semibold tracking-tight" data-testid="endpoint-name">
          {name}
        </span>
      ) : draft === null ? (
        <button
          type="button"
          onClick={() => setDraft(name)}
          title="Rename"
          className="group flex min-w-0 items-center gap-1.5 rounded-md px-1.5 py-1 text-[14px] font-semibold tracking-tight hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:bg-zinc-800"
        >
          <span className="truncate" data-testid="endpoint-name">
            {name}
          </span>
          <Icon
            name="pencil"
            size={12}
            className="shrink-0 text-zinc-400 opacity-0 transition-opacity group-hover:opacity-100 group-focus-visible:opacity-100"
          />
        </button>
      ) : (
        <input
          autoFocus
          aria-label="Endpoint name"
          value={draft}
          maxLength={100}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            if (e.key === "Escape") setDraft(null);
          }}
          onFocus={(e) => e.currentTarget.select()}
          className="h-7 w-56 rounded-md border border-indigo-500 bg-white px-1.5 text-[14px] font-semibold tracking-tight outline-none ring-3 ring-indigo-500/15 dark:bg-zinc-900"
        />
      )}
      {!enabled && (
        <Badge tone="warning" title="Disabled endpoints answer 404">
          Disabled
        </Badge>
      )}
    </div>
  );
}
