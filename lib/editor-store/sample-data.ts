import { absentComparedFields } from "@/lib/data-shape/absent-fields";
import type { TShape } from "@/lib/data-shape/infer-shape";
import { sampleShapes, type TSampleRequest } from "@/lib/data-shape/sample-values";
import { composedHeaders, type TComposer } from "./composer";
import type { TRunView } from "./run-types";
import type { EditorState } from "./state";
import { entryFor } from "./trace-view";

/** The data the editor knows a stack by: the run on the canvas, else the latest run in the history, else the test sample. */
export type TSampleData = { source: "run" | "sample"; label: string; shapes: Record<string, TShape> };

/** The run whose values the editor shows under fields and completes from. */
export const selectDataRun = (s: EditorState): TRunView | null => s.lastRun ?? s.latestRun;

function composerRequest(c: TComposer): TSampleRequest {
  return {
    method: c.method,
    headers: composedHeaders(c),
    body: c.body,
    query: Object.fromEntries(new URLSearchParams(c.query ?? "")),
  };
}

/** Moving a node makes a new node object but keeps its data: shapes only depend on the data. */
const sameConfigs = (a: EditorState["nodes"], b: EditorState["nodes"]) =>
  a === b || (a.length === b.length && a.every((n, i) => n.id === b[i]!.id && n.data === b[i]!.data));

let cache: { run: TRunView | null; composer: TComposer; nodes: EditorState["nodes"]; data: TSampleData } | undefined;

/** Variable shapes for completion and lint; recomputed only when the run, the test sample or the nodes change. */
export function selectSampleData(s: EditorState): TSampleData {
  const run = selectDataRun(s);
  if (cache && cache.run === run && sameConfigs(cache.nodes, s.nodes) && (run || cache.composer === s.composer))
    return cache.data;
  const graph = { nodes: s.nodes.map((n) => ({ id: n.id, type: n.data.type, config: n.data.config })) };
  const data: TSampleData = run
    ? {
        source: "run",
        label: run.kind === "test" ? "the last test run" : "the last run",
        shapes: sampleShapes(graph, { request: run.request, trace: run.trace }),
      }
    : {
        source: "sample",
        label: "the test request",
        shapes: sampleShapes(graph, { request: composerRequest(s.composer), trace: [] }),
      };
  cache = { run, composer: s.composer, nodes: s.nodes, data };
  return data;
}

/** What an expression field evaluated to in the run: its value, the node's error, or that the node did not run. */
export type TFieldPreview =
  { kind: "value"; value: unknown; isStale: boolean } | { kind: "error"; message: string } | { kind: "notRun" };

/**
 * The value `path` (`["condition"]`, or `["fields", "total"]` in a map) of `nodeId` had in the data run, in the
 * loop iteration being looked at. `isStale` when the expression was edited since the run was shown.
 */
export function fieldPreview(
  s: EditorState,
  nodeId: string,
  path: readonly string[],
  source: string,
): TFieldPreview | undefined {
  const run = selectDataRun(s);
  if (!run || path.length === 0) return undefined;
  const entry = entryFor(run.trace, nodeId, s.iteration);
  if (!entry) return { kind: "notRun" };
  let value: unknown = entry.input;
  let isPresent = true;
  for (const key of path) {
    if (value && typeof value === "object" && Object.hasOwn(value, key))
      value = (value as Record<string, unknown>)[key];
    else isPresent = false;
  }
  if (!isPresent) {
    if (entry.status === "error") return { kind: "error", message: entry.error ?? "the node failed" };
    // Evaluated to nothing (JSONata's undefined) or not evaluated at all (a field of a branch not taken).
    return { kind: "value", value: undefined, isStale: isStale(s, nodeId, path, source) };
  }
  return { kind: "value", value, isStale: isStale(s, nodeId, path, source) };
}

function isStale(s: EditorState, nodeId: string, path: readonly string[], source: string): boolean {
  const before = s.runSources?.[nodeId]?.[path.join(".")];
  return before !== undefined && before !== source;
}

/** The expression texts of every node, by node id and field path: what the run being shown ran with. */
export function expressionSources(nodes: EditorState["nodes"]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const n of nodes) {
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(n.data.config)) {
      if (typeof value === "string") fields[key] = value;
      else if (value && typeof value === "object" && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) if (typeof v === "string") fields[`${key}.${k}`] = v;
      }
    }
    out[n.id] = fields;
  }
  return out;
}

/**
 * Warnings for comparisons with fields a run did not have, worded for the field and the Problems panel. Only a
 * real run counts: the test request before any run may simply be another provider's sample.
 */
export function absentFieldWarnings(source: string, data: TSampleData): string[] {
  if (data.source !== "run") return [];
  return absentComparedFields(source, data.shapes).map(
    (path) => `${path} was absent in ${data.label}, and a comparison with a missing value is always false`,
  );
}
