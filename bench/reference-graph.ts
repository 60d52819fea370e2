/** The reference receiver as a Hookstack function stack: the contract's example graph, and its table. */
export { default as REFERENCE_GRAPH } from "../tests/support/contract-example.graph.json";

export const INVOICE_LINES_TABLE = {
  name: "invoice_lines",
  fields: [
    { name: "event_id", type: "text", required: true },
    { name: "amount", type: "integer", required: true },
  ],
};
