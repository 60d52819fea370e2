import { lintExpression } from "@/lib/expressions/lint";
import type { TGraphError } from "@/lib/graph/errors";
import { openEndMessage, openEnds } from "@/lib/graph/response-paths";
import type { TGraph } from "@/lib/graph/schema";
import { expressionFields } from "@/lib/graph/validate";
import { getNodeDefinition } from "@/lib/nodes/catalog";
import { absentFieldWarnings, type TSampleData } from "./sample-data";

/**
 * Warnings the editor adds to the shared validator's: branches that end without a Response (the caller then gets
 * the default answer), names JSONata reads as subtraction, and comparisons with fields the data did not have.
 * They are the editor's: the API's `problems` stay the validator's alone.
 */
export function editorWarnings(graph: TGraph, data: TSampleData | undefined): TGraphError[] {
  const out: TGraphError[] = [];
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  for (const end of openEnds(graph)) {
    const node = graph.nodes[index.get(end.nodeId)!]!;
    const handles = getNodeDefinition(node.type)?.handles.length ?? 1;
    out.push({ nodeId: end.nodeId, path: `nodes.${index.get(end.nodeId)}`, message: openEndMessage(end, handles) });
  }
  graph.nodes.forEach((node, i) => {
    const def = getNodeDefinition(node.type);
    if (!def) return;
    for (const { path, source } of expressionFields(def, node.config)) {
      const at = [`nodes.${i}.config`, ...path].join(".");
      const label = path.join(".");
      for (const lint of lintExpression(source))
        out.push({ nodeId: node.id, path: at, message: `${label}: ${lint.message}` });
      if (data)
        for (const message of absentFieldWarnings(source, data))
          out.push({ nodeId: node.id, path: at, message: `${label}: ${message}` });
    }
  });
  return out;
}
