"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import type { THistoryQuery, TRequestEntry } from "@/lib/editor-store/run-types";
import type { TRetention } from "@/lib/history/retention-policy";
import { messageOf } from "@/lib/editor-store/slices/document-slice";
import { NO_HISTORY_FILTERS, type THistoryFilters } from "@/lib/editor-store/slices/run-slice";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";
import { Input, Select } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { HistoryEntry } from "./history-entry";
import { RetentionSetting } from "./retention-setting";

const RANGE_MS = { "1h": 3_600_000, "24h": 86_400_000, "7d": 7 * 86_400_000, "30d": 30 * 86_400_000 } as const;
const STATUS_CLASSES = ["", "2xx", "4xx", "5xx"] as const;
const PAGE = 30;

function toQuery(f: THistoryFilters): THistoryQuery {
  return {
    limit: PAGE,
    ...(f.status ? { status: f.status } : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(f.range ? { since: new Date(Date.now() - RANGE_MS[f.range]).toISOString() } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
  };
}

function Filters() {
  const filters = useEditor((s) => s.historyFilters);
  const setFilters = useEditor((s) => s.setHistoryFilters);
  const [q, setQ] = useState(filters.q);
  // Typing searches after a pause, not on every key.
  useEffect(() => {
    if (q === filters.q) return;
    const t = setTimeout(() => setFilters({ q }), 300);
    return () => clearTimeout(t);
  }, [q, filters.q, setFilters]);
  const isFiltered = JSON.stringify(filters) !== JSON.stringify(NO_HISTORY_FILTERS);
  return (
    <div className="flex flex-col gap-2 border-b border-zinc-200 p-3 dark:border-zinc-800">
      <div className="relative">
        <Icon
          name="search"
          size={14}
          className="pointer-events-none absolute left-2.5 top-1/2 -translate-y-1/2 text-zinc-400"
        />
        <Input
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Search request bodies"
          aria-label="Search request bodies"
          className="pl-8"
          type="search"
        />
      </div>
      <div className="flex items-center gap-1" role="group" aria-label="Status">
        {STATUS_CLASSES.map((c) => (
          <button
            key={c || "all"}
            type="button"
            aria-pressed={filters.status === c}
            onClick={() => setFilters({ status: c })}
            className={cn(
              "h-6 rounded-md px-2 text-[11.5px] font-medium tabular-nums transition-colors",
              filters.status === c
                ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900"
                : "text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800",
            )}
          >
            {c || "All"}
          </button>
        ))}
        {isFiltered && (
          <button
            type="button"
            className="ml-auto text-[11.5px] text-indigo-600 hover:underline dark:text-indigo-400"
            onClick={() => {
              setQ("");
              setFilters(NO_HISTORY_FILTERS);
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      <div className="grid grid-cols-2 gap-2">
        <Select
          aria-label="Time range"
          value={filters.range}
          onChange={(e) => setFilters({ range: e.target.value as THistoryFilters["range"] })}
          className="h-7 text-xs"
        >
          <option value="">Any time</option>
          <option value="1h">Last hour</option>
          <option value="24h">Last 24 hours</option>
          <option value="7d">Last 7 days</option>
          <option value="30d">Last 30 days</option>
        </Select>
        <Select
          aria-label="Source"
          value={filters.source}
          onChange={(e) => setFilters({ source: e.target.value as THistoryFilters["source"] })}
          className="h-7 text-xs"
        >
          <option value="">All sources</option>
          <option value="live">Live</option>
          <option value="test">Tests</option>
          <option value="replay">Replays</option>
        </Select>
      </div>
    </div>
  );
}

/**
 * The History tab: the endpoint's requests, newest first, filtered by status class, time, source and body text.
 * An entry opens to its request, response and trace, and can be shown on the canvas, replayed or re-sent.
 */
export function HistoryPanel() {
  const store = useEditorStoreApi();
  const endpointId = useEditor((s) => s.endpoint.id);
  const filters = useEditor((s) => s.historyFilters);
  const runToken = useEditor((s) => s.runToken);
  const [requests, setRequests] = useState<TRequestEntry[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<{ loading: boolean; error?: string }>({ loading: false });
  const [openId, setOpenId] = useState<string | null>(null);
  const [retention, setRetention] = useState<TRetention>();
  const latest = useRef(0);
  const hasMore = useRef(false);

  const load = useCallback(
    async (more = false, silent = false) => {
      const call = ++latest.current;
      if (!silent) setState({ loading: true });
      try {
        const query = toQuery(filters);
        const page = await store
          .getState()
          .runApi.listRequests(endpointId, more && cursor ? { ...query, cursor } : query);
        if (call !== latest.current) return;
        setRequests((list) => (more && list ? [...list, ...page.requests] : page.requests));
        setCursor(page.nextCursor);
        setRetention(page.retention);
        hasMore.current = more;
        setState({ loading: false });
      } catch (err) {
        if (call === latest.current) setState({ loading: false, error: messageOf(err) });
      }
    },
    [store, endpointId, filters, cursor],
  );

  // Reload when the filters change and after every run (a test, a replay or a live request lands here too).
  useEffect(() => {
    void load(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is recreated every render; these are what it reads
  }, [filters, runToken, endpointId]);

  // New requests show up by themselves while the first page is on screen.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    const t = setInterval(() => {
      if (!hasMore.current && document.visibilityState === "visible") void loadRef.current(false, true);
    }, 5000);
    return () => clearInterval(t);
  }, []);

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="history-panel">
      <Filters />
      <div className="flex items-center justify-between px-3 pb-1 pt-2">
        <span className="text-[11px] font-medium uppercase tracking-wide text-zinc-400">
          {requests ? `${requests.length}${cursor ? "+" : ""} request${requests.length === 1 ? "" : "s"}` : "Requests"}
        </span>
        <Button
          size="sm"
          variant="ghost"
          icon="history"
          isBusy={state.loading}
          onClick={() => void load(false)}
          aria-label="Refresh the history"
        >
          Refresh
        </Button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-2 pb-3">
        {state.error && (
          <div
            className="mx-1 flex items-center gap-2 rounded-md bg-red-50 px-3 py-2 text-xs text-red-700 dark:bg-red-500/10 dark:text-red-300"
            role="alert"
          >
            <Icon name="alertCircle" size={14} />
            <span className="flex-1">{state.error}</span>
          </div>
        )}
        {requests === null && !state.error && (
          <div className="flex justify-center py-8 text-zinc-400">
            <Spinner />
          </div>
        )}
        {requests?.length === 0 && (
          <div className="mx-1 rounded-lg border border-dashed border-zinc-200 px-4 py-6 text-center dark:border-zinc-800">
            <Icon name="history" size={18} className="mx-auto text-zinc-400" />
            <p className="mt-2 text-[13px] font-medium text-zinc-700 dark:text-zinc-200">
              {JSON.stringify(filters) === JSON.stringify(NO_HISTORY_FILTERS)
                ? "No requests yet"
                : "No request matches"}
            </p>
            <p className="mt-1 text-xs leading-[18px] text-zinc-500 dark:text-zinc-400">
              Every call to the live URL, every test run and every replay is kept here.
            </p>
          </div>
        )}
        <ul className="flex flex-col gap-1" data-testid="history-list">
          {requests?.map((r) => (
            <HistoryEntry
              key={r.id}
              entry={r}
              isOpen={openId === r.id}
              onToggle={() => setOpenId((id) => (id === r.id ? null : r.id))}
              onChanged={() => void load(false)}
            />
          ))}
        </ul>
        {cursor && (
          <div className="flex justify-center pt-2">
            <Button size="sm" isBusy={state.loading} onClick={() => void load(true)}>
              Load older requests
            </Button>
          </div>
        )}
      </div>
      <RetentionSetting retention={retention} onSaved={() => void load(false)} />
    </div>
  );
}
