/** The reference receiver as a Hookstack function stack: the contract's example graph, and its table. */
import REFERENCE_GRAPH_JSON from "../tests/support/contract-example.graph.json";

export const REFERENCE_GRAPH = REFERENCE_GRAPH_JSON;

export const INVOICE_LINES_TABLE = {
  name: "invoice_lines",
  fields: [
    { name: "event_id", type: "text", required: true },
    { name: "amount", type: "integer", required: true },
  ],
};

/**
 * `npm run bench -- --graph=lookup-update` (issue #15): the reference receiver with a lookup and an update per
 * line — after storing each line, getRecord finds the invoice's customer by a unique field and updateRecord
 * (upsert) writes the line's amount and the invoice onto it: the first line of an event adds the customer, the
 * other nine find and update it.
 */
export const CUSTOMERS_TABLE = {
  name: "customers",
  fields: [
    { name: "customer_id", type: "text", required: true, unique: true },
    { name: "last_amount", type: "integer", required: false },
    { name: "last_invoice", type: "text", required: false },
  ],
};

const customer = "'cus_' & $payload.id";
export const LOOKUP_UPDATE_GRAPH = {
  ...REFERENCE_GRAPH_JSON,
  nodes: [
    ...REFERENCE_GRAPH_JSON.nodes,
    {
      id: "find",
      type: "getRecord",
      position: { x: -150, y: 868 },
      config: { table: "customers", by: "field", field: "customer_id", value: customer, as: "customer" },
    },
    {
      id: "touch",
      type: "updateRecord",
      position: { x: -150, y: 1008 },
      config: {
        table: "customers",
        by: "field",
        field: "customer_id",
        value: customer,
        upsert: true,
        fields: { last_amount: "$line.amount", last_invoice: "$payload.id" },
      },
    },
  ],
  edges: [...REFERENCE_GRAPH_JSON.edges, { source: "save", target: "find" }, { source: "find", target: "touch" }],
};
