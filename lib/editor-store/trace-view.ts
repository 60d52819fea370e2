import type { TTraceEntry, TTraceStatus } from "./run-types";

/** How one node did in a run (or in the iteration being looked at). */
export type TNodeRun = {
  status: TTraceStatus;
  /** Total time over the executions counted. */
  durationMs: number;
  /** Executions counted: more than one inside a loop. */
  count: number;
  error?: string;
};

type TEdgeLike = { id: string; source: string; sourceHandle?: string | null; target: string };

/** The loop indexes an entry ran under, outermost first; empty outside loops. */
export function entryPath(entry: TTraceEntry): number[] {
  if (entry.iterationPath) return entry.iterationPath;
  return entry.iteration === undefined ? [] : [entry.iteration];
}

export const iterationKey = (path: readonly number[]) => path.join(".");

function parseKey(key: string): number[] {
  return key === "" ? [] : key.split(".").map(Number);
}

/** One path is a prefix of the other: an entry of an outer loop belongs to every inner iteration and back. */
function related(a: readonly number[], b: readonly number[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether an entry belongs to the iteration being looked at (`null`: the whole run). */
export function inIteration(entry: TTraceEntry, iteration: string | null): boolean {
  return iteration === null || related(entryPath(entry), parseKey(iteration));
}

const RANK: Record<TTraceStatus, number> = { skipped: 0, ok: 1, error: 2 };

/** Each node's status and time: an error anywhere wins, then ok, then skipped. */
export function nodeRuns(trace: readonly TTraceEntry[], iteration: string | null = null): Record<string, TNodeRun> {
  const out: Record<string, TNodeRun> = {};
  for (const entry of trace) {
    if (!inIteration(entry, iteration)) continue;
    const run = out[entry.nodeId];
    if (!run) {
      out[entry.nodeId] = {
        status: entry.status,
        durationMs: entry.durationMs,
        count: 1,
        ...(entry.error ? { error: entry.error } : {}),
      };
      continue;
    }
    run.count += 1;
    run.durationMs += entry.durationMs;
    if (RANK[entry.status] > RANK[run.status]) run.status = entry.status;
    if (entry.error && !run.error) run.error = entry.error;
  }
  return out;
}

/** The node the run failed at: the run's own error, else the last entry that errored without being handled. */
export function failedNodeId(
  trace: readonly TTraceEntry[],
  error: { nodeId?: string; message?: string } | null | undefined,
): string | undefined {
  if (error?.nodeId) return error.nodeId;
  if (!error) return undefined;
  return [...trace].reverse().find((e) => e.status === "error")?.nodeId;
}

/**
 * The edges the run went along: an edge whose source ran and left by that handle. A loop's `done` and a node's
 * `error` are not written as handles, so they count when the edge's target ran later at the same loop depth (and
 * `each` when the body ran, one level deeper).
 */
export function takenEdgeIds(trace: readonly TTraceEntry[], edges: readonly TEdgeLike[]): Set<string> {
  const taken = new Set<string>();
  const left = new Set<string>();
  trace.forEach((e) => {
    if (e.handle) left.add(`${e.nodeId}\u0000${e.handle}`);
  });
  const ranLater = (index: number, target: string, depth: number) =>
    trace.some((e, i) => i > index && e.nodeId === target && entryPath(e).length === depth);
  for (const edge of edges) {
    const handle = edge.sourceHandle || "next";
    if (handle !== "each" && left.has(`${edge.source}\u0000${handle}`)) {
      taken.add(edge.id);
      continue;
    }
    if (handle !== "done" && handle !== "error" && handle !== "each") continue;
    const went = trace.some((e, i) => {
      if (e.nodeId !== edge.source) return false;
      if (handle === "error" && e.status !== "error") return false;
      if (handle !== "error" && e.status !== "ok") return false;
      // An empty list leaves by `each` without running anything: only a body that ran counts.
      return ranLater(i, edge.target, entryPath(e).length + (handle === "each" ? 1 : 0));
    });
    if (went) taken.add(edge.id);
  }
  return taken;
}

/** The iterations of the loop a `forEach` entry started, as keys (`"0"`, `"1"`, or `"2.0"` when nested). */
export function loopIterations(trace: readonly TTraceEntry[], loopIndex: number): string[] {
  const loop = trace[loopIndex];
  if (!loop) return [];
  const base = entryPath(loop);
  const keys: string[] = [];
  for (let i = loopIndex + 1; i < trace.length; i++) {
    const path = entryPath(trace[i]!);
    if (path.length <= base.length || !related(path, base)) break;
    const key = iterationKey(path.slice(0, base.length + 1));
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
}

/**
 * The executions a person can step through for a node: a node inside a loop ran once per iteration (one step
 * each); a `forEach` steps through the iterations of its loop. Each step names the iteration to show.
 */
export function iterationSteps(trace: readonly TTraceEntry[], nodeId: string): { key: string; label: string }[] {
  const indexes = trace.flatMap((e, i) => (e.nodeId === nodeId ? [i] : []));
  if (indexes.length > 1) {
    return indexes.map((i) => {
      const path = entryPath(trace[i]!);
      return { key: iterationKey(path), label: path.map((n) => n + 1).join(" › ") };
    });
  }
  const only = indexes[0];
  if (only === undefined || trace[only]!.type !== "forEach") return [];
  return loopIterations(trace, only).map((key) => ({
    key,
    label: key
      .split(".")
      .map((n) => Number(n) + 1)
      .join(" › "),
  }));
}

/** The entry to show for a node: the one in the iteration being looked at, else its first. */
export function entryFor(
  trace: readonly TTraceEntry[],
  nodeId: string,
  iteration: string | null,
): TTraceEntry | undefined {
  const entries = trace.filter((e) => e.nodeId === nodeId);
  if (iteration === null) return entries[0];
  const key = parseKey(iteration);
  return (
    entries.find((e) => iterationKey(entryPath(e)) === iteration) ??
    entries.find((e) => related(entryPath(e), key)) ??
    entries[0]
  );
}
