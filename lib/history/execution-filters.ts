/**
 * The Executions page's filters as the person sets them, and the `GET /executions` query they become. Pure and
 * isomorphic: the page and its tests share it.
 */
export type TExecutionFilter = {
  endpoint: string;
  status: string;
  /** One of RUN_CHOICES' ids. */
  run: string;
  /** `YYYY-MM-DDTHH:MM` as typed in the from/to inputs, read as UTC (every time on the pages is UTC). */
  from: string;
  to: string;
  q: string;
  summary: string;
};

export const EMPTY_FILTER: TExecutionFilter = {
  endpoint: "",
  status: "",
  run: "",
  from: "",
  to: "",
  q: "",
  summary: "",
};

/** How a request ran and where it is: direct runs end at once; background ones wait, then succeed or fail. */
export const RUN_CHOICES = [
  { id: "", label: "Any run", query: {} },
  { id: "direct", label: "Direct", query: { mode: "direct" } },
  { id: "direct-failed", label: "Direct · failed", query: { mode: "direct", state: "failed" } },
  { id: "background", label: "Background", query: { mode: "background" } },
  { id: "background-pending", label: "Background · pending", query: { mode: "background", state: "pending" } },
  { id: "background-succeeded", label: "Background · succeeded", query: { mode: "background", state: "succeeded" } },
  { id: "background-failed", label: "Background · failed", query: { mode: "background", state: "failed" } },
] as const;

export const TIME_PRESETS = [
  { id: "hour", label: "Last hour", ms: 3_600_000 },
  { id: "day", label: "Last day", ms: 86_400_000 },
  { id: "week", label: "Last week", ms: 604_800_000 },
] as const;

/** A moment as the from/to inputs show it: UTC, to the minute. */
export const toInputTime = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** The from/to of a preset, ending now. */
export function presetRange(id: (typeof TIME_PRESETS)[number]["id"], now = Date.now()): { from: string; to: string } {
  const preset = TIME_PRESETS.find((p) => p.id === id)!;
  return { from: toInputTime(now - preset.ms), to: "" };
}

/** The query string of `GET /executions` for a filter and a page cursor. */
export function executionsQuery(filter: TExecutionFilter, cursor?: string): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.endpoint) params.set("endpoint", filter.endpoint);
  if (filter.status) params.set("status", filter.status);
  const run = RUN_CHOICES.find((c) => c.id === filter.run)?.query ?? {};
  for (const [k, v] of Object.entries(run)) params.set(k, String(v));
  // "to" is the whole minute typed: up to its last millisecond.
  if (filter.from) params.set("since", `${filter.from}:00.000Z`);
  if (filter.to) params.set("until", `${filter.to}:59.999Z`);
  if (filter.q) params.set("q", filter.q);
  if (filter.summary) params.set("summary", filter.summary);
  if (cursor) params.set("cursor", cursor);
  return params;
}

/** Where the summary column's field is remembered, per browser. */
export const SUMMARY_STORAGE_KEY = "hookstack.executions.summary";
