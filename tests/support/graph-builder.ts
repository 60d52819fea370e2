import { compilePlan } from "@/lib/engine/plan";
import { runPlan } from "@/lib/engine/run-plan";
import { DEFAULT_RUN_LIMITS, type TRequestInfo } from "@/lib/engine/types";
import { ZGraph, type TGraph } from "@/lib/graph/schema";
import type { TTable } from "@/lib/table-schema/field-types";
import { memoryServices } from "./memory-services";

/**
 * The shared graph builder for tests: a function stack as a chain of nodes after the webhook start, and a way to
 * run it through the real interpreter with in-memory services.
 */
export type TChainNode = { id: string; type: string; config?: Record<string, unknown> };

/** webhook → nodes[0] → nodes[1] → ..., each on its `next` handle. */
export function chainGraph(nodes: readonly TChainNode[]): TGraph {
  return ZGraph.parse({
    version: 1,
    nodes: [{ id: "start", type: "webhook", config: {} }, ...nodes.map((n) => ({ config: {}, ...n }))],
    edges: ["start", ...nodes.map((n) => n.id)].slice(0, -1).map((id, i) => ({ source: id, target: nodes[i]!.id })),
  });
}

/** A POST to an endpoint's public URL with this body, as `$request` sees it. */
export function chainRequest(body: string, headers: Record<string, string> = {}): TRequestInfo {
  return {
    url: "https://h.example/hooks/ep",
    method: "POST",
    path: "/hooks/ep",
    query: {},
    headers,
    ip: "",
    receivedAt: new Date().toISOString(),
    body,
  };
}

/** An `orders` table, for nodes that store records. */
export const ORDERS_TABLE: TTable = {
  id: "tbl_orders",
  name: "orders",
  fields: [
    { name: "order_id", type: "text", required: true, unique: true },
    { name: "total", type: "decimal", required: false, unique: false },
    { name: "paid_at", type: "timestamp", required: false, unique: false },
  ],
};

export type TRunGraphOptions = {
  body?: string;
  headers?: Record<string, string>;
  env?: Record<string, string>;
  answer?: Parameters<typeof memoryServices>[1];
};

/** Runs a graph through the real interpreter with in-memory services (the `orders` table, recorded outbound calls). */
export async function runGraph(graph: TGraph, o: TRunGraphOptions = {}) {
  const mem = memoryServices([ORDERS_TABLE], o.answer);
  const result = await runPlan({
    plan: compilePlan(graph, DEFAULT_RUN_LIMITS.expression),
    requestId: "req_t",
    request: chainRequest(o.body ?? "{}", o.headers),
    env: o.env ?? {},
    services: mem.services,
    limits: DEFAULT_RUN_LIMITS,
  });
  return { ...result, sent: mem.sent };
}

/** Runs webhook → the given nodes in a chain; `sent` holds the outbound requests the run made. */
export function runChain(nodes: readonly TChainNode[], body = "{}", answer?: TRunGraphOptions["answer"]) {
  return runGraph(chainGraph(nodes), { body, answer });
}
