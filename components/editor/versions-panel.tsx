"use client";

import { useEffect, useState } from "react";
import { selectIsDirty, useEditor } from "@/lib/editor-store/context";
import { Badge, Dot } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Icon } from "@/components/ui/icon";
import { RelativeTime } from "@/components/ui/relative-time";
import { Spinner } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { VersionCompare } from "./publish/version-compare";
import { useDraftChanges } from "./publish/draft-changes";
import { useIsReadOnly } from "./read-only";

/** The draft and every published version (who, when); any version can be restored into the draft (not read-only). */
export function VersionsPanel() {
  const versions = useEditor((s) => s.versions);
  const state = useEditor((s) => s.versionsState);
  const live = useEditor((s) => s.endpoint.publishedVersion);
  const isDirty = useEditor(selectIsDirty);
  const loadVersions = useEditor((s) => s.loadVersions);
  const restoreVersion = useEditor((s) => s.restoreVersion);
  const toast = useToast();
  const [confirm, setConfirm] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const { hasUnpublished, diff } = useDraftChanges();
  const isReadOnly = useIsReadOnly();
  const draftText = isDirty
    ? "Unsaved changes"
    : hasUnpublished
      ? `Unpublished changes: ${diff.nodes.length} ${diff.nodes.length === 1 ? "node differs" : "nodes differ"} from live v${live}`
      : live === null
        ? isReadOnly
          ? "Never live until published"
          : "What you are editing; never live until published"
        : `Same as live v${live}`;

  useEffect(() => {
    void loadVersions();
  }, [loadVersions]);

  const restore = async (version: number) => {
    setBusy(true);
    const ok = await restoreVersion(version);
    setBusy(false);
    setConfirm(null);
    if (ok)
      toast({
        title: `Version ${version} restored into the draft`,
        description: "Publish to make it live again. Undo brings your previous draft back.",
        tone: "success",
      });
  };

  return (
    <div className="flex flex-col p-3">
      <div className="flex items-center gap-3 rounded-lg border border-zinc-200 bg-zinc-50/70 px-3 py-2.5 dark:border-zinc-800 dark:bg-zinc-900">
        <Dot tone={isDirty || hasUnpublished ? "warning" : "neutral"} />
        <div className="min-w-0 flex-1">
          <p className="text-[13px] font-medium">Draft</p>
          <p className="text-xs text-zinc-500 dark:text-zinc-400" data-testid="draft-state">
            {draftText}
          </p>
        </div>
      </div>

      <h3 className="mb-1 mt-5 px-1 text-[11px] font-medium uppercase tracking-wide text-zinc-400">
        Published versions
      </h3>
      {state.status === "error" && (
        <div className="flex items-center gap-2 rounded-md bg-red-50 px-3 py-2 text-xs text-red-700 dark:bg-red-500/10 dark:text-red-300">
          <Icon name="alertCircle" size={14} />
          <span className="flex-1">{state.error}</span>
          <Button size="sm" variant="ghost" onClick={() => void loadVersions()}>
            Retry
          </Button>
        </div>
      )}
      {versions === null && state.status !== "error" && (
        <div className="flex justify-center py-6 text-zinc-400">
          <Spinner />
        </div>
      )}
      {versions?.length === 0 && (
        <p className="rounded-lg border border-dashed border-zinc-200 px-3 py-4 text-xs leading-[18px] text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
          Nothing published yet. Each publish freezes the draft as a numbered version you can come back to.
        </p>
      )}
      <ol className="flex flex-col" data-testid="version-list">
        {versions?.map((v) => (
          <li
            key={v.number}
            className="group flex items-center gap-3 rounded-md px-2 py-2 hover:bg-zinc-50 dark:hover:bg-zinc-800/40"
            data-version={v.number}
          >
            <span className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-[11px] font-semibold tabular-nums text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
              v{v.number}
            </span>
            <div className="min-w-0 flex-1">
              <p className="flex items-center gap-2 text-[13px] font-medium">
                Version {v.number}
                {v.number === live && <Badge tone="success">Live</Badge>}
              </p>
              <p className="truncate text-xs text-zinc-500 dark:text-zinc-400">
                {v.createdBy} · <RelativeTime iso={v.createdAt} />
              </p>
              {v.note && (
                <p
                  className="mt-0.5 line-clamp-2 text-xs leading-4 text-zinc-700 dark:text-zinc-300"
                  data-testid="version-note"
                  title={v.note}
                >
                  {v.note}
                </p>
              )}
              {v.tests && (
                <p
                  className={
                    v.tests.overridden
                      ? "truncate text-xs text-amber-700 dark:text-amber-400"
                      : "truncate text-xs text-zinc-500 dark:text-zinc-400"
                  }
                  title={v.tests.failures.map((f) => f.name).join(", ") || undefined}
                  data-testid="version-tests"
                >
                  {v.tests.overridden
                    ? `Published over ${v.tests.failed} failing test${v.tests.failed === 1 ? "" : "s"}`
                    : `Tests: ${v.tests.passed}/${v.tests.total} passed`}
                </p>
              )}
            </div>
            {!isReadOnly && (
              <Button
                size="sm"
                variant="ghost"
                icon="history"
                onClick={() => setConfirm(v.number)}
                aria-label={`Restore version ${v.number}`}
              >
                Restore
              </Button>
            )}
          </li>
        ))}
      </ol>
      {versions && versions.length > 0 && (
        <VersionCompare key={versions.map((v) => v.number).join()} numbers={versions.map((v) => v.number)} />
      )}
      <ConfirmDialog
        open={confirm !== null}
        onClose={() => setConfirm(null)}
        onConfirm={() => confirm !== null && void restore(confirm)}
        title={`Restore version ${confirm ?? ""}?`}
        description={
          isDirty
            ? "The draft is replaced by this version, including your unsaved changes (Undo brings them back). The live version does not change until you publish."
            : "The draft is replaced by this version. The live version does not change until you publish; Undo brings the current draft back."
        }
        confirmLabel="Restore into draft"
        tone="primary"
        isBusy={busy}
      />
    </div>
  );
}
