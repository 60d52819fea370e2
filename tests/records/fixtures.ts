import type { TTestServer } from "../support/test-server";

export const CUSTOMERS_TABLE = {
  name: "customers",
  fields: [
    { name: "stripe_id", type: "text", required: true, unique: true },
    { name: "status", type: "text", indexed: true },
    { name: "visits", type: "integer" },
  ],
};

type TNode = { id: string; type: string; config?: Record<string, unknown> };

/** webhook → getRawInput ($payload) → the given nodes in a chain. */
export function chainGraph(
  nodes: TNode[],
  extraEdges: { source: string; target: string; sourceHandle?: string }[] = [],
) {
  const all = [
    { id: "start", type: "webhook", config: {} },
    { id: "raw", type: "getRawInput", config: { as: "payload" } },
    ...nodes,
  ];
  const chain = all.slice(1).map((n, i) => ({ source: all[i]!.id, target: n.id }));
  return { version: 1, nodes: all.map((n) => ({ config: {}, ...n })), edges: [...chain, ...extraEdges] };
}

/** Creates and publishes an endpoint for a graph; answers its public path and id. */
export async function published(s: TTestServer, name: string, graph: unknown) {
  const created = await s.api("POST", "/api/v1/endpoints", { name, graph });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const pub = await s.api("POST", `/api/v1/endpoints/${created.body.id}/publish`);
  if (pub.status !== 200) throw new Error(JSON.stringify(pub.body));
  return { path: `/hooks/${created.body.id}`, id: created.body.id as string };
}

/** Every record of a table, as the records API lists them. */
export async function allRecords(s: TTestServer, table: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const page: { body: { records: Record<string, unknown>[]; nextCursor: string | null } } = await s.api(
      "GET",
      `/api/v1/tables/${table}/records?limit=100${cursor ? `&cursor=${cursor}` : ""}`,
    );
    out.push(...page.body.records);
    cursor = page.body.nextCursor;
  } while (cursor);
  return out;
}

export const upsertNode = (fields: Record<string, string>): TNode => ({
  id: "save",
  type: "updateRecord",
  config: { table: "customers", by: "field", field: "stripe_id", value: "$payload.customer", upsert: true, fields },
});
