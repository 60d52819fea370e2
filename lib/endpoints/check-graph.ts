import { badRequest } from "@/lib/errors";
import type { TGraph } from "@/lib/graph/schema";
import { parseGraph, type TGraphProblems } from "@/lib/graph/validate";

export type TCheckedGraph = { graph: TGraph; problems: TGraphProblems };

/**
 * Parses a graph from a request: a wrong shape is always a 400; semantic errors are a 400 too, unless the caller
 * keeps a draft with errors (`allowErrors`), which then cannot be published. Error paths point into the graph.
 */
export function checkGraph(input: unknown, options: { allowErrors?: boolean } = {}): TCheckedGraph {
  const parsed = parseGraph(input);
  if (!parsed.ok) throw badRequest(parsed.errors);
  if (parsed.problems.errors.length && !options.allowErrors) {
    throw badRequest(parsed.problems.errors, parsed.problems.warnings);
  }
  return { graph: parsed.graph, problems: parsed.problems };
}
