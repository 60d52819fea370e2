"use client";

import { useState } from "react";
import { useEditor } from "@/lib/editor-store/context";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ChangeList } from "./change-list";
import { useDraftChanges } from "./draft-changes";

/**
 * Confirms a publish: what the draft changes compared with the live version (nodes and settings) and an optional
 * note kept with the version. The draft is saved before this opens, so the list is what will go live.
 */
export function PublishDialog({
  open,
  onClose,
  onPublish,
}: {
  open: boolean;
  onClose(): void;
  onPublish(note: string): void;
}) {
  const { diff, isKnown } = useDraftChanges();
  const live = useEditor((s) => s.endpoint.publishedVersion);
  const isBusy = useEditor((s) => s.publishing.status === "busy");
  const [note, setNote] = useState("");
  const next = (live ?? 0) + 1;
  const submit = () => {
    onPublish(note.trim());
    setNote("");
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Publish version ${next}?`}
      description={
        live === null
          ? "The public URL starts running this stack."
          : `Requests to the public URL then run this instead of version ${live}.`
      }
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" icon="rocket" isBusy={isBusy} autoFocus data-testid="confirm-publish">
            Publish v{next}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-4">
        <section>
          <h3 className="mb-1.5 text-xs font-medium text-zinc-700 dark:text-zinc-300">
            {live === null ? "Everything is new" : `Changes since v${live}`}
          </h3>
          {isKnown ? (
            <ChangeList
              diff={diff}
              emptyText={`Nothing differs from v${live ?? 0}: publishing makes an identical version.`}
              settingsNote="Settings apply as soon as they are saved; the version records them."
            />
          ) : (
            <p className="text-xs text-zinc-500">Loading the live version…</p>
          )}
        </section>
        <label className="flex flex-col gap-1.5">
          <span className="text-xs font-medium text-zinc-700 dark:text-zinc-300">Note (optional)</span>
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={500}
            rows={2}
            placeholder="What changed and why, e.g. “Ignore ping events”"
            data-testid="publish-note"
            className="resize-y rounded-md border border-zinc-200 bg-white px-2.5 py-1.5 text-[13px] outline-none focus-visible:border-indigo-400 focus-visible:ring-2 focus-visible:ring-indigo-500/20 dark:border-zinc-700 dark:bg-zinc-950"
          />
        </label>
      </div>
    </Dialog>
  );
}
