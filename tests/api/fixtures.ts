/** Graphs the API suites share. */

/** The example graph of the public contract (CONTRACT.md), verbatim. */
export { default as CONTRACT_EXAMPLE_GRAPH } from "@/tests/support/contract-example.graph.json";

/** Parses a JSON body, stores one record in `table`, answers 201 with the id and a marker naming the graph. */
export function storeOrderGraph(table: string, marker: string) {
  return {
    version: 1,
    nodes: [
      { id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} },
      { id: "raw", type: "getRawInput", config: { encoding: "json", as: "payload" } },
      {
        id: "save",
        type: "addRecord",
        config: { table, fields: { order_id: "$payload.id", amount: "$payload.amount" } },
      },
      {
        id: "ok",
        type: "response",
        config: { status: "201", body: `{ 'received': $payload.id, 'marker': '${marker}' }` },
      },
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
