import { compilePlan } from "@/lib/engine/plan";
import { runPlan } from "@/lib/engine/run-plan";
import { DEFAULT_RUN_LIMITS } from "@/lib/engine/types";
import { ZGraph } from "@/lib/graph/schema";
import type { TTable } from "@/lib/table-schema/field-types";
import { memoryServices } from "./memory-services";
import { testRequest } from "./test-request";

type TNodeInput = { id: string; type: string; config?: Record<string, unknown> };
type TEdgeInput = { source: string; target: string; sourceHandle?: string };

/**
 * A stack for node unit tests: webhook → the given nodes in a chain (or along `edges`), run on in-memory tables
 * and records. `mem` is the services, so a test can seed records first (`stack.mem.records.seed`).
 */
export function stackOn(tables: TTable[]) {
  const mem = memoryServices(tables);
  const run = async (nodes: TNodeInput[], o: { body?: string; edges?: TEdgeInput[]; dryRun?: boolean } = {}) => {
    const chain = ["start", ...nodes.map((n) => n.id)]
      .slice(0, -1)
      .map((id, i) => ({ source: id, target: nodes[i]!.id }));
    const graph = ZGraph.parse({
      version: 1,
      nodes: [{ id: "start", type: "webhook", config: {} }, ...nodes.map((n) => ({ config: {}, ...n }))],
      edges: o.edges ? [{ source: "start", target: nodes[0]!.id }, ...o.edges] : chain,
    });
    return runPlan({
      plan: compilePlan(graph, DEFAULT_RUN_LIMITS.expression),
      requestId: "req_t",
      request: testRequest(o.body ?? "{}"),
      env: {},
      services: mem.services,
      limits: DEFAULT_RUN_LIMITS,
      dryRun: o.dryRun,
    });
  };
  return { mem, run };
}

/** A field definition with the defaults the tables API fills in. */
export const field = (
  name: string,
  type: TTable["fields"][number]["type"],
  o: { unique?: boolean; indexed?: boolean; required?: boolean } = {},
) => ({
  name,
  type,
  required: o.required ?? false,
  unique: o.unique ?? false,
  ...(o.indexed ? { indexed: true } : {}),
});

export const CUSTOMERS: TTable = {
  id: "tbl_customers",
  name: "customers",
  fields: [
    field("stripe_id", "text", { unique: true }),
    field("status", "text", { indexed: true }),
    field("seats", "integer"),
    field("vip", "boolean"),
  ],
};
