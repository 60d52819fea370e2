"use client";

import { selectIsDirty, useEditor } from "@/lib/editor-store/context";
import { Icon } from "@/components/ui/icon";
import { Spinner } from "@/components/ui/spinner";

/** The dirty marker: unsaved, saving, saved, or why saving failed. */
export function SaveStatus() {
  const isDirty = useEditor(selectIsDirty);
  const save = useEditor((s) => s.save);
  const base = "flex shrink-0 items-center gap-1.5 whitespace-nowrap text-xs";
  if (save.status === "busy") {
    return (
      <span className={`${base} text-zinc-500`} role="status">
        <Spinner size={12} /> Saving…
      </span>
    );
  }
  if (save.status === "error") {
    return (
      <span className={`${base} text-red-600 dark:text-red-400`} role="alert" title={save.error}>
        <Icon name="alertCircle" size={13} /> Save failed: {save.error}
      </span>
    );
  }
  if (isDirty) {
    return (
      <span className={`${base} text-amber-700 dark:text-amber-400`} role="status" data-testid="dirty-marker">
        <span className="h-1.5 w-1.5 rounded-full bg-amber-500" aria-hidden="true" /> Unsaved changes
      </span>
    );
  }
  return (
    <span className={`${base} text-zinc-400 dark:text-zinc-500`} role="status" data-testid="saved-marker">
      <Icon name="check" size={13} /> Draft saved
    </span>
  );
}
