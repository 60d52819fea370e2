"use client";

import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { RUN_CHOICES, TIME_PRESETS, type TExecutionFilter } from "@/lib/history/execution-filters";

type Props = {
  filter: TExecutionFilter;
  endpoints: { id: string; name: string }[];
  onChange(patch: Partial<TExecutionFilter>): void;
  onPreset(id: (typeof TIME_PRESETS)[number]["id"]): void;
  onApply(): void;
};

/** The Executions page's filter bar; Apply (or Enter) runs it. */
export function ExecutionFilters({ filter, endpoints, onChange, onPreset, onApply }: Props) {
  return (
    <form
      className="my-4 flex flex-col gap-2 rounded-xl border border-zinc-200 bg-white p-3 shadow-xs dark:border-zinc-800 dark:bg-zinc-900"
      onSubmit={(e) => {
        e.preventDefault();
        onApply();
      }}
    >
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-48">
          <Select
            aria-label="Endpoint"
            value={filter.endpoint}
            onChange={(e) => onChange({ endpoint: e.target.value })}
          >
            <option value="">All endpoints</option>
            {endpoints.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="w-32">
          <Select aria-label="Status" value={filter.status} onChange={(e) => onChange({ status: e.target.value })}>
            <option value="">Any status</option>
            {["2xx", "3xx", "4xx", "5xx"].map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </div>
        <div className="w-52">
          <Select aria-label="Run" value={filter.run} onChange={(e) => onChange({ run: e.target.value })}>
            {RUN_CHOICES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="w-44">
          <Input
            aria-label="Text in the body"
            placeholder="Text in the body"
            value={filter.q}
            onChange={(e) => onChange({ q: e.target.value })}
          />
        </div>
        <div className="w-56">
          <Input
            aria-label="Summary column"
            title="A header (header:x-github-event) or a body field (body:data.object.id) shown in the last column"
            isMono
            placeholder="header:x-github-event"
            value={filter.summary}
            onChange={(e) => onChange({ summary: e.target.value })}
          />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-[12.5px] text-zinc-500 dark:text-zinc-400">
        <label className="flex items-center gap-1.5">
          From (UTC)
          <input
            type="datetime-local"
            aria-label="From (UTC)"
            value={filter.from}
            onChange={(e) => onChange({ from: e.target.value })}
            className="h-8 rounded-md border border-zinc-300 bg-white px-2 text-[12.5px] text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100 dark:[color-scheme:dark]"
          />
        </label>
        <label className="flex items-center gap-1.5">
          to
          <input
            type="datetime-local"
            aria-label="To (UTC)"
            value={filter.to}
            onChange={(e) => onChange({ to: e.target.value })}
            className="h-8 rounded-md border border-zinc-300 bg-white px-2 text-[12.5px] text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100 dark:[color-scheme:dark]"
          />
        </label>
        {TIME_PRESETS.map((p) => (
          <Button key={p.id} size="sm" variant="ghost" onClick={() => onPreset(p.id)}>
            {p.label}
          </Button>
        ))}
        {(filter.from || filter.to) && (
          <Button size="sm" variant="ghost" onClick={() => onChange({ from: "", to: "" })}>
            Any time
          </Button>
        )}
        <Button type="submit" icon="filter" className="ml-auto">
          Apply
        </Button>
      </div>
    </form>
  );
}
