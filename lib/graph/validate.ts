import type { z } from "zod";
import { checkExpression } from "@/lib/expressions/syntax";
import { getNodeDefinition, NODE_DEFINITIONS } from "@/lib/nodes/catalog";
import { outgoingHandles, type AnyNodeDefinition } from "@/lib/nodes/define";
import type { TGraphError } from "./errors";
import { ZGraph, type TGraph } from "./schema";
import { findStartNode, isStartNode, reachableFromStart } from "./start-node";

export type TGraphProblems = {
  /** Problems that keep the graph from running: saving as a draft is allowed, publishing is not. */
  errors: TGraphError[];
  /** Worth fixing, but the graph runs (e.g. nodes nothing leads to). */
  warnings: TGraphError[];
};

export type TGraphParse = { ok: true; graph: TGraph; problems: TGraphProblems } | { ok: false; errors: TGraphError[] };

function zodErrors(error: z.ZodError, prefix: string, nodeId?: string): TGraphError[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    const field = issue.path.length ? String(issue.path[issue.path.length - 1]) : "";
    let message = issue.message;
    if (issue.code === "unrecognized_keys") message = `unknown field(s): ${issue.keys.join(", ")}`;
    else if (field && !message.toLowerCase().includes(field.toLowerCase())) message = `${field}: ${message}`;
    return nodeId ? { nodeId, path, message } : { path, message };
  });
}

/** Every expression in a node's config, with the config path it sits at. */
export function expressionFields(def: AnyNodeDefinition, config: Record<string, unknown>) {
  const out: { path: string[]; source: string }[] = [];
  for (const [name, spec] of Object.entries(def.fields)) {
    const value = config[name];
    if (spec.ui.kind === "expression" || spec.ui.kind === "secret") {
      if (typeof value === "string" && value.trim() !== "") out.push({ path: [name], source: value });
    } else if (spec.ui.kind === "expressionMap" && value && typeof value === "object") {
      for (const [key, source] of Object.entries(value as Record<string, unknown>)) {
        if (typeof source === "string") out.push({ path: [name, key], source });
      }
    }
  }
  return out;
}

function checkNodes(graph: TGraph, errors: TGraphError[]) {
  const seen = new Set<string>();
  graph.nodes.forEach((node, i) => {
    const at = `nodes.${i}`;
    if (seen.has(node.id))
      errors.push({ nodeId: node.id, path: `${at}.id`, message: `duplicate node id "${node.id}"` });
    seen.add(node.id);
    const def = getNodeDefinition(node.type);
    if (!def) {
      const known = NODE_DEFINITIONS.map((d) => d.type).join(", ");
      errors.push({
        nodeId: node.id,
        path: `${at}.type`,
        message: `unknown node type "${node.type}" (known: ${known})`,
      });
      return;
    }
    const parsed = def.configSchema.safeParse(node.config);
    if (!parsed.success) errors.push(...zodErrors(parsed.error, `${at}.config`, node.id));
    for (const { path, source } of expressionFields(def, node.config)) {
      const problem = checkExpression(source);
      if (problem) {
        const where = problem.position ? ` at character ${problem.position}` : "";
        errors.push({
          nodeId: node.id,
          path: [`${at}.config`, ...path].join("."),
          message: `${path.join(".")}: ${problem.message}${where}`,
        });
      }
    }
  });
  const starts = graph.nodes.filter(isStartNode);
  if (starts.length === 0)
    errors.push({ path: "nodes", message: "a function stack needs one webhook node to start from" });
  for (const extra of starts.slice(1)) {
    errors.push({
      nodeId: extra.id,
      path: `nodes.${graph.nodes.indexOf(extra)}`,
      message: "only one webhook node is allowed",
    });
  }
}

function checkEdges(graph: TGraph, errors: TGraphError[]) {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const used = new Set<string>();
  graph.edges.forEach((edge, i) => {
    const at = `edges.${i}`;
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source) errors.push({ path: `${at}.source`, message: `edge starts at unknown node "${edge.source}"` });
    if (!target) errors.push({ path: `${at}.target`, message: `edge ends at unknown node "${edge.target}"` });
    if (!source || !target) return;
    const def = getNodeDefinition(source.type);
    const outputs = def ? outgoingHandles(def, source.config) : [];
    if (def && !outputs.some((h) => h.id === edge.sourceHandle)) {
      const handles = outputs.map((h) => h.id).join(", ") || "none";
      errors.push({
        nodeId: source.id,
        path: `${at}.sourceHandle`,
        message: `${def.title} has no "${edge.sourceHandle}" output (outputs: ${handles})`,
      });
    }
    const targetDef = getNodeDefinition(target.type);
    if (targetDef && !targetDef.hasInput) {
      errors.push({
        nodeId: target.id,
        path: `${at}.target`,
        message: `nothing may lead into the ${targetDef.title} node`,
      });
    }
    if (edge.source === edge.target) {
      errors.push({ nodeId: source.id, path: at, message: "a node cannot connect to itself" });
    }
    const key = `${edge.source}\u0000${edge.sourceHandle}`;
    if (used.has(key)) {
      errors.push({
        nodeId: source.id,
        path: `${at}.sourceHandle`,
        message: `the "${edge.sourceHandle}" output already has a connection (one per output)`,
      });
    }
    used.add(key);
  });
}

function successors(graph: TGraph): Map<string, string[]> {
  const next = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) next.get(e.source)?.push(e.target);
  return next;
}

function checkCycles(graph: TGraph, errors: TGraphError[]) {
  const next = successors(graph);
  const state = new Map<string, "open" | "done">();
  const reported = new Set<string>();
  const visit = (id: string, stack: string[]) => {
    state.set(id, "open");
    for (const to of next.get(id) ?? []) {
      if (state.get(to) === "open") {
        const cycle = [...stack.slice(stack.indexOf(to)), id, to];
        if (!reported.has(to)) {
          reported.add(to);
          errors.push({
            nodeId: to,
            path: "edges",
            message: `connections form a loop (${cycle.join(" → ")}); use a For each node to repeat steps`,
          });
        }
      } else if (!state.has(to)) visit(to, [...stack, id]);
    }
    state.set(id, "done");
  };
  for (const n of graph.nodes) if (!state.has(n.id)) visit(n.id, []);
}

function checkReachable(graph: TGraph, warnings: TGraphError[]) {
  if (!findStartNode(graph.nodes)) return;
  const reached = new Set(reachableFromStart(graph));
  graph.nodes.forEach((n, i) => {
    if (!reached.has(n.id)) {
      warnings.push({ nodeId: n.id, path: `nodes.${i}`, message: "nothing leads to this node, so it never runs" });
    }
  });
}

/** Checks a graph's semantics (assumes the JSON shape is valid). */
export function findGraphProblems(graph: TGraph): TGraphProblems {
  const errors: TGraphError[] = [];
  const warnings: TGraphError[] = [];
  checkNodes(graph, errors);
  checkEdges(graph, errors);
  checkCycles(graph, errors);
  checkReachable(graph, warnings);
  return { errors, warnings };
}

/** Parses unknown JSON into a graph: `ok: false` when the shape itself is wrong, else the graph and its problems. */
export function parseGraph(input: unknown): TGraphParse {
  const parsed = ZGraph.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error, "") };
  return { ok: true, graph: parsed.data, problems: findGraphProblems(parsed.data) };
}
