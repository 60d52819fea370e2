/** The reference receiver as a Hookstack function stack: the contract's example graph. */
export const REFERENCE_GRAPH = {
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

export const INVOICE_LINES_TABLE = {
  name: "invoice_lines",
  fields: [
    { name: "event_id", type: "text", required: true },
    { name: "amount", type: "integer", required: true },
  ],
};
