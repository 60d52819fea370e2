"use client";

import { useEffect, useState } from "react";
import { useEditor } from "@/lib/editor-store/context";
import { messageOf } from "@/lib/editor-store/slices/document-slice";
import type { TVersionContent } from "@/lib/editor-store/types";
import { diffVersions, type TVersionDiff } from "@/lib/graph/version-diff";
import { Spinner } from "@/components/ui/spinner";
import { ChangeList } from "./change-list";

const DRAFT = "draft";

const selectClass =
  "h-7 rounded-md border border-zinc-200 bg-white px-1.5 text-xs dark:border-zinc-700 dark:bg-zinc-950 focus-visible:outline-2 focus-visible:outline-indigo-500";

/** Compares two versions (or a version and the saved draft): the nodes and settings that differ. */
export function VersionCompare({ numbers }: { numbers: number[] }) {
  const api = useEditor((s) => s.api);
  const endpointId = useEditor((s) => s.endpoint.id);
  const draft = useEditor((s) => s.endpoint.draft);
  const settings = useEditor((s) => s.endpoint.settings);
  const [from, setFrom] = useState<number | null>(numbers[1] ?? numbers[0] ?? null);
  const [to, setTo] = useState<number | typeof DRAFT>(numbers.length > 1 ? numbers[0]! : DRAFT);
  const [result, setResult] = useState<{ diff: TVersionDiff } | { error: string } | null>(null);

  useEffect(() => {
    if (from === null) return;
    let isCurrent = true;
    setResult(null);
    const load = (n: number) => api.getVersion(endpointId, n);
    const target: Promise<TVersionContent | null> = to === DRAFT ? Promise.resolve(null) : load(to);
    Promise.all([load(from), target])
      .then(([a, b]) => {
        const after = b ? { graph: b.graph, settings: b.settings ?? {} } : { graph: draft, settings };
        // An older version kept no settings: compare only the nodes then.
        if (isCurrent)
          setResult({
            diff: diffVersions(
              { graph: a.graph, settings: a.settings && b?.settings !== null ? a.settings : null },
              after,
            ),
          });
      })
      .catch((err: unknown) => isCurrent && setResult({ error: messageOf(err) }));
    return () => {
      isCurrent = false;
    };
  }, [api, endpointId, from, to, draft, settings]);

  if (from === null) return null;
  const label = (n: number | typeof DRAFT) => (n === DRAFT ? "the draft" : `v${n}`);
  return (
    <section className="mt-5" data-testid="version-compare">
      <h3 className="mb-2 px-1 text-[11px] font-medium uppercase tracking-wide text-zinc-400">Compare</h3>
      <div className="mb-2 flex items-center gap-2 px-1 text-xs text-zinc-600 dark:text-zinc-400">
        <select
          aria-label="Compare from"
          className={selectClass}
          value={from}
          onChange={(e) => setFrom(Number(e.target.value))}
        >
          {numbers.map((n) => (
            <option key={n} value={n}>
              v{n}
            </option>
          ))}
        </select>
        <span>with</span>
        <select
          aria-label="Compare with"
          className={selectClass}
          value={String(to)}
          onChange={(e) => setTo(e.target.value === DRAFT ? DRAFT : Number(e.target.value))}
        >
          <option value={DRAFT}>Draft (saved)</option>
          {numbers.map((n) => (
            <option key={n} value={n}>
              v{n}
            </option>
          ))}
        </select>
      </div>
      {result === null ? (
        <div className="flex justify-center py-3 text-zinc-400">
          <Spinner />
        </div>
      ) : "error" in result ? (
        <p className="px-1 text-xs text-red-600 dark:text-red-400">{result.error}</p>
      ) : (
        <div className="px-1">
          <ChangeList diff={result.diff} emptyText={`v${from} and ${label(to)} run the same stack.`} />
        </div>
      )}
    </section>
  );
}
