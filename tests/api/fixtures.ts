/** Graphs the API suites share. */

/** The example graph of the public contract (CONTRACT.md), verbatim. */
export const CONTRACT_EXAMPLE_GRAPH = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} },
    { id: "raw", type: "getRawInput", config: { encoding: "json", as: "payload" } },
    { id: "sig", type: "hmacVerify", config: { preset: "stripe", secret: "$env.STRIPE_SECRET" } },
    { id: "paid", type: "conditional", config: { condition: "$payload.type = 'invoice.paid'" } },
    { id: "lines", type: "forEach", config: { list: "$payload.data.object.lines.data", as: "line" } },
    { id: "save", type: "addRecord", config: { table: "invoice_lines", fields: { event_id: "$payload.id", amount: "$line.amount" } } },
    { id: "ok", type: "response", config: { status: "200", body: "{ 'received': true }" } },
  ],
  edges: [
    { source: "start", target: "raw" },
    { source: "raw", target: "sig" },
    { source: "sig", target: "paid" },
    { source: "paid", sourceHandle: "true", target: "lines" },
    { source: "paid", sourceHandle: "false", target: "ok" },
    { source: "lines", sourceHandle: "each", target: "save" },
    { source: "lines", sourceHandle: "done", target: "ok" },
  ],
};

/** Parses a JSON body, stores one record in `table`, answers 201 with the id and a marker naming the graph. */
export function storeOrderGraph(table: string, marker: string) {
  return {
    version: 1,
    nodes: [
      { id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} },
      { id: "raw", type: "getRawInput", config: { encoding: "json", as: "payload" } },
      { id: "save", type: "addRecord", config: { table, fields: { order_id: "$payload.id", amount: "$payload.amount" } } },
      { id: "ok", type: "response", config: { status: "201", body: `{ 'received': $payload.id, 'marker': '${marker}' }` } },
    ],
    edges: [
      { source: "start", target: "raw" },
      { source: "raw", target: "save" },
      { source: "save", target: "ok" },
    ],
  };
}

/** Answers with an expression evaluated against the request (e.g. `$env.NAME`, `$request.headers`). */
export function echoGraph(body: string, status = "200") {
  return {
    version: 1,
    nodes: [
      { id: "start", type: "webhook", config: {} },
      { id: "ok", type: "response", config: { status, body } },
    ],
    edges: [{ source: "start", target: "ok" }],
  };
}
