"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { AppHeader } from "@/components/app-header";
import { ExecutionsTable } from "@/components/executions/executions-table";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { call } from "@/lib/editor-store/api-client";
import type { TExecutionRow } from "@/lib/history/list-executions";

type TPage = { executions: TExecutionRow[]; nextCursor: string | null };
type Props = { initialPage: TPage; endpoints: { id: string; name: string }[] };
type TFilter = { endpoint: string; status: string; state: string; q: string; summary: string };

const EMPTY: TFilter = { endpoint: "", status: "", state: "", q: "", summary: "" };

/** Every request to every endpoint, newest first (n8n's executions list); filters apply as they change. */
export function ExecutionsPageClient({ initialPage, endpoints }: Props) {
  const [page, setPage] = useState(initialPage);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [filter, setFilter] = useState(EMPTY);
  const [applied, setApplied] = useState(EMPTY);
  const [error, setError] = useState<string>();
  const first = useRef(true);

  const load = useCallback(
    async (cursor: string | undefined) => {
      const params = new URLSearchParams(Object.entries(applied).filter(([, v]) => v) as [string, string][]);
      if (cursor) params.set("cursor", cursor);
      try {
        setPage(await call<TPage>("GET", `/executions?${params}`));
        setError(undefined);
      } catch (err) {
        setError((err as Error).message);
      }
    },
    [applied],
  );
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setCursors([undefined]);
    void load(undefined);
  }, [load]);

  const set = (patch: Partial<TFilter>) => setFilter((f) => ({ ...f, ...patch }));
  return (
    <div className="min-h-screen">
      <AppHeader current="executions" />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <h1 className="text-xl font-semibold tracking-tight">Executions</h1>
        <p className="mt-1 text-[13px] text-zinc-500 dark:text-zinc-400">
          Every request to every endpoint, newest first. Open one to see its run on the canvas.
        </p>
        <form
          className="my-4 flex flex-wrap items-end gap-2 rounded-xl border border-zinc-200 bg-white p-3 shadow-xs dark:border-zinc-800 dark:bg-zinc-900"
          onSubmit={(e) => {
            e.preventDefault();
            setApplied(filter);
          }}
        >
          <div className="w-48">
            <Select aria-label="Endpoint" value={filter.endpoint} onChange={(e) => set({ endpoint: e.target.value })}>
              <option value="">All endpoints</option>
              {endpoints.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </Select>
          </div>
          <div className="w-32">
            <Select aria-label="Status" value={filter.status} onChange={(e) => set({ status: e.target.value })}>
              <option value="">Any status</option>
              {["2xx", "3xx", "4xx", "5xx"].map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </div>
          <div className="w-36">
            <Select aria-label="State" value={filter.state} onChange={(e) => set({ state: e.target.value })}>
              <option value="">Any state</option>
              {["queued", "running", "retrying", "succeeded", "failed"].map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </div>
          <div className="w-44">
            <Input
              aria-label="Text in the body"
              placeholder="Text in the body"
              value={filter.q}
              onChange={(e) => set({ q: e.target.value })}
            />
          </div>
          <div className="w-56">
            <Input
              aria-label="Summary column"
              isMono
              placeholder="header:x-github-event"
              value={filter.summary}
              onChange={(e) => set({ summary: e.target.value })}
            />
          </div>
          <Button type="submit" icon="filter">
            Apply
          </Button>
        </form>
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
