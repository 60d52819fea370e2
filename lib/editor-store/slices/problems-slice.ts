import { findGraphProblems, type TGraphProblems } from "@/lib/graph/validate";
import type { TGraphError } from "@/lib/graph/errors";
import { toGraph } from "../convert";
import { editorWarnings } from "../editor-warnings";
import { selectSampleData } from "../sample-data";
import type { EditorSlice } from "../state";
import type { TNodeProblems } from "../types";

export type ProblemsSlice = {
  /** The shared validator's answer for the current document (the server runs the same one). */
  problems: TGraphProblems;
  problemsByNode: Readonly<Record<string, TNodeProblems>>;
  revalidate(): void;
};

const NONE: TGraphProblems = { errors: [], warnings: [] };

/** `nodes.3.config.fields.amount` → `fields`. */
function fieldOf(path: string): string | undefined {
  const match = /^nodes\.\d+\.config\.([^.]+)/.exec(path);
  return match?.[1];
}

function group(problems: TGraphProblems, previous: Readonly<Record<string, TNodeProblems>>) {
  const out: Record<string, TNodeProblems> = {};
  const entry = (id: string) => (out[id] ??= { errors: [], warnings: [], fields: {}, fieldWarnings: {} });
  const add = (list: TGraphError[], kind: "errors" | "warnings") => {
    for (const p of list) {
      if (!p.nodeId) continue;
      const e = entry(p.nodeId);
      e[kind].push(p.message);
      const field = fieldOf(p.path);
      const byField = kind === "errors" ? e.fields : e.fieldWarnings;
      if (field) (byField[field] ??= []).push(p.message);
    }
  };
  add(problems.errors, "errors");
  add(problems.warnings, "warnings");
  // Reuse unchanged entries so each canvas node re-renders only when its own problems change.
  for (const [id, e] of Object.entries(out)) {
    const before = previous[id];
    if (before && JSON.stringify(before) === JSON.stringify(e)) out[id] = before;
  }
  return out;
}

export const createProblemsSlice: EditorSlice<ProblemsSlice> = (set, get) => ({
  problems: NONE,
  problemsByNode: {},
  revalidate() {
    const s = get();
    const graph = toGraph(s.nodes, s.edges);
    const found = findGraphProblems(graph);
    const problems = {
      errors: found.errors,
      warnings: [...found.warnings, ...editorWarnings(graph, selectSampleData(s))],
    };
    set({ problems, problemsByNode: group(problems, s.problemsByNode) });
  },
});
