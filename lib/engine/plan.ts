import { compileExpression, type CompiledExpression } from "@/lib/expressions/compile";
import type { TExpressionLimits } from "@/lib/expressions/limits";
import { getNodeDefinition, type NodeType } from "@/lib/nodes/catalog";
import type { AnyNodeDefinition } from "@/lib/nodes/define";
import type { TGraph } from "@/lib/graph/schema";
import { findGraphProblems } from "@/lib/graph/validate";
import { findStartNode } from "@/lib/graph/start-node";
import type { TGraphError } from "@/lib/graph/errors";

export type TPlanNode = {
  id: string;
  type: NodeType;
  def: AnyNodeDefinition;
  config: Record<string, unknown>;
  /** Expression fields, compiled once; an empty field falls back to its default expression, if any. */
  expressions: Record<string, CompiledExpression>;
  expressionMaps: Record<string, Record<string, CompiledExpression>>;
  /** The node each output handle leads to. */
  next: Record<string, string>;
};

export type TPlan = {
  startId: string;
  nodes: ReadonlyMap<string, TPlanNode>;
  /**
   * True when some expression needs the full JSONata evaluator. Fast-path expressions are bounded by construction
   * (paths, comparisons, arithmetic, `&` under the string cap: linear in the request); the evaluator is not
   * (`$sort`, regular expressions, recursion), so such runs go to an isolated worker (lib/runs/isolation/).
   */
  needsEvaluator: boolean;
  /** What the plan was compiled from, so an isolated worker can compile the same plan (once per `id`). */
  source: { id: number; graph: TGraph; limits: TExpressionLimits };
};

let planIds = 0;

export class InvalidGraphError extends Error {
  constructor(readonly errors: TGraphError[]) {
    super(`the function stack has ${errors.length} error(s): ${errors.map((e) => e.message).join("; ")}`);
    this.name = "InvalidGraphError";
  }
}

/** Validates, links and compiles a graph once, so each request only walks the plan. */
export function compilePlan(graph: TGraph, limits: TExpressionLimits): TPlan {
  const { errors } = findGraphProblems(graph);
  if (errors.length) throw new InvalidGraphError(errors);
  const nodes = new Map<string, TPlanNode>();
  let needsEvaluator = false;
  for (const node of graph.nodes) {
    const def = getNodeDefinition(node.type)!;
    const config = def.configSchema.parse(node.config) as Record<string, unknown>;
    const expressions: TPlanNode["expressions"] = {};
    const expressionMaps: TPlanNode["expressionMaps"] = {};
    for (const [name, spec] of Object.entries(def.fields)) {
      const value = config[name];
      if (spec.ui.kind === "expression" || spec.ui.kind === "secret") {
        const source = typeof value === "string" && value.trim() !== "" ? value : spec.ui.defaultExpression;
        if (source) expressions[name] = compileExpression(source, limits);
      } else if (spec.ui.kind === "expressionMap") {
        const entries = Object.entries((value ?? {}) as Record<string, string>);
        expressionMaps[name] = Object.fromEntries(entries.map(([k, src]) => [k, compileExpression(src, limits)]));
      }
    }
    const compiled = [...Object.values(expressions), ...Object.values(expressionMaps).flatMap((m) => Object.values(m))];
    if (compiled.some((e) => !e.isFast)) needsEvaluator = true;
    nodes.set(node.id, {
      id: node.id,
      type: node.type as NodeType,
      def,
      config,
      expressions,
      expressionMaps,
      next: {},
    });
  }
  for (const edge of graph.edges) nodes.get(edge.source)!.next[edge.sourceHandle] = edge.target;
  const start = findStartNode(graph.nodes)!;
  return { startId: start.id, nodes, needsEvaluator, source: { id: ++planIds, graph, limits } };
}
