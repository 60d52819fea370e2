"use client";

import { useEditor } from "@/lib/editor-store/context";
import { useDraftChanges } from "./draft-changes";

/** The header's draft-versus-live marker: shown while the saved draft differs from what the public URL runs. */
export function DraftState() {
  const { hasUnpublished, diff } = useDraftChanges();
  const setPanel = useEditor((s) => s.setPanel);
  const live = useEditor((s) => s.endpoint.publishedVersion);
  if (!hasUnpublished) return null;
  const count = diff.nodes.length;
  return (
    <button
      type="button"
      onClick={() => setPanel("versions")}
      data-testid="unpublished-marker"
      title={`The saved draft differs from live v${live}: ${count} node ${count === 1 ? "change" : "changes"}. Publish to make them live.`}
      className="flex h-6 shrink-0 items-center gap-1.5 whitespace-nowrap rounded-md bg-amber-50 px-2 text-xs font-medium text-amber-800 ring-1 ring-inset ring-amber-200 hover:bg-amber-100 dark:bg-amber-500/10 dark:text-amber-300 dark:ring-amber-500/30"
    >
      <span className="h-1.5 w-1.5 rounded-full bg-amber-500" aria-hidden="true" />
      Unpublished changes ({count})
    </button>
  );
}
