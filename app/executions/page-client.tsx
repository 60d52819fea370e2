"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { AppHeader } from "@/components/app-header";
import { ExecutionsTable } from "@/components/executions/executions-table";
import { Button } from "@/components/ui/button";
import { ExecutionFilters } from "@/components/executions/execution-filters";
import { call } from "@/lib/editor-store/api-client";
import type { TExecutionRow } from "@/lib/history/list-executions";
import {
  EMPTY_FILTER,
  executionsQuery,
  presetRange,
  SUMMARY_STORAGE_KEY,
  type TExecutionFilter,
} from "@/lib/history/execution-filters";

type TPage = { executions: TExecutionRow[]; nextCursor: string | null };
type Props = { initialPage: TPage; endpoints: { id: string; name: string }[] };

/** Every request to every endpoint, newest first (n8n's executions list); filters apply as they change. */
export function ExecutionsPageClient({ initialPage, endpoints }: Props) {
  const [page, setPage] = useState(initialPage);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [applied, setApplied] = useState(EMPTY_FILTER);
  const [error, setError] = useState<string>();
  const first = useRef(true);

  const load = useCallback(
    async (cursor: string | undefined) => {
      const params = executionsQuery(applied, cursor);
      try {
        setPage(await call<TPage>("GET", `/executions?${params}`));
        setError(undefined);
      } catch (err) {
        setError((err as Error).message);
      }
    },
    [applied],
  );
  // The summary column's field is remembered per browser: it is how this person reads their providers' requests.
  useEffect(() => {
    const kept = localStorage.getItem(SUMMARY_STORAGE_KEY);
    if (!kept) return;
    setFilter((f) => ({ ...f, summary: kept }));
    setApplied((f) => ({ ...f, summary: kept }));
  }, []);
  useEffect(() => {
    if (applied.summary) localStorage.setItem(SUMMARY_STORAGE_KEY, applied.summary);
    else localStorage.removeItem(SUMMARY_STORAGE_KEY);
  }, [applied.summary]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setCursors([undefined]);
    void load(undefined);
  }, [load]);

  const set = (patch: Partial<TExecutionFilter>) => setFilter((f) => ({ ...f, ...patch }));
  return (
    <div className="min-h-screen">
      <AppHeader current="executions" />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <h1 className="text-xl font-semibold tracking-tight">Executions</h1>
        <p className="mt-1 text-[13px] text-zinc-500 dark:text-zinc-400">
          Every request to every endpoint, newest first. Open one to see its run on the canvas.
        </p>
        <ExecutionFilters
          filter={filter}
          endpoints={endpoints}
          onChange={set}
          onPreset={(id) => {
            const next = { ...filter, ...presetRange(id) };
            setFilter(next);
            setApplied(next);
          }}
          onApply={() => setApplied(filter)}
        />
        {error && (
          <p role="alert" className="mb-3 text-[13px] text-red-600 dark:text-red-400">
            {error}
          </p>
        )}
        {page.executions.length === 0 ? (
          <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center text-[13px] text-zinc-500 dark:border-zinc-700">
            No requests match.
          </div>
        ) : (
          <ExecutionsTable rows={page.executions} summaryLabel={applied.summary || undefined} />
        )}
        <div className="mt-3 flex items-center justify-end gap-2 text-[13px] text-zinc-500">
          <span>Page {cursors.length}</span>
          <Button
            size="sm"
            disabled={cursors.length === 1}
            onClick={() => {
              const previous = cursors.slice(0, -1);
              setCursors(previous);
              void load(previous[previous.length - 1]);
            }}
          >
            Previous
          </Button>
          <Button
            size="sm"
            disabled={!page.nextCursor}
            onClick={() => {
              setCursors([...cursors, page.nextCursor!]);
              void load(page.nextCursor!);
            }}
          >
            Next
          </Button>
        </div>
      </main>
    </div>
  );
}
