import { getNodeDefinition } from "@/lib/nodes/catalog";
import type { AnyNodeDefinition, TVariableDecl } from "@/lib/nodes/define";
import { VARIABLE_NAME } from "@/lib/nodes/fields";
import type { TGraph, TGraphEdge } from "./schema";

export type TScopeVariableKind = "request" | "env" | "stored" | "loop" | "error";

/** A variable an expression can read at one node, written as JSONata reads it (`$payload`, `$env.STRIPE_SECRET`). */
export type TScopeVariable = {
  /** The expression text, with the `$`. */
  expression: string;
  kind: TScopeVariableKind;
  description: string;
  /** The node that stores it; absent for `$request`, `$env` and `$error`'s built-ins. */
  nodeId?: string;
};

type TEdgeLike = Pick<TGraphEdge, "source" | "target"> & { sourceHandle?: string | null };
type TGraphLike = { nodes: TGraph["nodes"]; edges: readonly TEdgeLike[] };

/**
 * A node's config with each field parsed on its own, so one invalid field (a node being filled in) does not hide
 * the variables the others declare: an unparsable field falls back to its default.
 */
export function lenientConfig(def: AnyNodeDefinition, config: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(def.fields)) {
    const parsed = spec.schema.safeParse(config[name]);
    if (parsed.success) out[name] = parsed.data;
    else {
      // The default if the field has one; otherwise what was typed, so summaries show it as it is.
      const fallback = spec.schema.safeParse(undefined);
      if (fallback.success && fallback.data !== undefined) out[name] = fallback.data;
      else if (config[name] !== undefined) out[name] = config[name];
    }
  }
  return out;
}

function declaredVariables(def: AnyNodeDefinition, config: Record<string, unknown>): TVariableDecl[] {
  try {
    return def.variables(lenientConfig(def, config) as never).filter((v) => VARIABLE_NAME.test(v.name));
  } catch {
    return [];
  }
}

/**
 * The variables an expression in node `nodeId` can read: `$request`, every `$env.NAME`, each `as` stored by a
 * node upstream on any path to it, loop variables only when the path leaves a For each by `each`, and `$error`
 * when a path arrives through an `error` handle. A node reached through a node's `error` handle does not see
 * what that node would have stored, because it failed.
 */
export function variablesInScope(
  graph: TGraphLike,
  nodeId: string,
  options: { envNames?: readonly string[] } = {},
): TScopeVariable[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const incoming = new Map<string, TEdgeLike[]>();
  for (const e of graph.edges) {
    const list = incoming.get(e.target);
    if (list) list.push(e);
    else incoming.set(e.target, [e]);
  }

  // Every edge that lies on some path into the node: walk backwards from it.
  const onPath: TEdgeLike[] = [];
  const seen = new Set<string>([nodeId]);
  const queue = [nodeId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const edge of incoming.get(id) ?? []) {
      onPath.push(edge);
      if (!seen.has(edge.source)) {
        seen.add(edge.source);
        queue.push(edge.source);
      }
    }
  }

  const out: TScopeVariable[] = [];
  const names = new Set<string>();
  const add = (v: TScopeVariable) => {
    if (names.has(v.expression)) return;
    names.add(v.expression);
    out.push(v);
  };
  add({
    expression: "$request",
    kind: "request",
    description: "the incoming request: method, path, query, headers, ip, receivedAt, body",
  });

  let hasError = false;
  // Stable order: nodes in graph order, so suggestions do not shuffle as edges are drawn.
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
  onPath.sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0));
  for (const edge of onPath) {
    const source = nodes.get(edge.source);
    const def = source && getNodeDefinition(source.type);
    if (!source || !def) continue;
    const handle = edge.sourceHandle || "next";
    if (handle === "error") {
      hasError = true;
      continue;
    }
    for (const v of declaredVariables(def, source.config)) {
      if (v.name === "request") continue;
      if (v.scope === "each" && handle !== "each") continue;
      add({
        expression: `$${v.name}`,
        kind: v.scope === "each" ? "loop" : "stored",
        description: `${v.description} (${def.title})`,
        nodeId: source.id,
      });
    }
  }
  if (hasError) add({ expression: "$error", kind: "error", description: "the failure: { nodeId, message }" });
  for (const name of options.envNames ?? []) {
    add({ expression: `$env.${name}`, kind: "env", description: "environment variable" });
  }
  return out;
}
