"use client";

import { useEffect, useMemo } from "react";
import { useEditor } from "@/lib/editor-store/context";
import { diffVersions, type TVersionDiff } from "@/lib/graph/version-diff";

export type TDraftChanges = {
  /** False until the live version is loaded (or when nothing is live): the diff is then everything or unknown. */
  isKnown: boolean;
  diff: TVersionDiff;
  /** Saved draft differs from the live version's graph (settings apply as soon as they are saved). */
  hasUnpublished: boolean;
};

/**
 * What the saved draft changes compared with the live version: the nodes (added, removed, changed) and the
 * settings saved since it was published. Loads the live version's content once per published version.
 */
export function useDraftChanges(): TDraftChanges {
  const draft = useEditor((s) => s.endpoint.draft);
  const settings = useEditor((s) => s.endpoint.settings);
  const published = useEditor((s) => s.endpoint.publishedVersion);
  const live = useEditor((s) => s.liveVersion);
  const loadLiveVersion = useEditor((s) => s.loadLiveVersion);

  useEffect(() => {
    if (published !== null) void loadLiveVersion();
  }, [published, loadLiveVersion]);

  return useMemo(() => {
    const isKnown = published === null || live?.number === published;
    const before =
      published === null ? null : live?.number === published ? { graph: live.graph, settings: live.settings } : null;
    const diff = diffVersions(before, { graph: draft, settings });
    return { isKnown, diff, hasUnpublished: published !== null && isKnown && diff.nodes.length > 0 };
  }, [draft, settings, published, live]);
}
