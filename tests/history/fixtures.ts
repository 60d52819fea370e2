/** Graphs the history suites share. */

/** Parses the body, calls `url` (so a dry run has something to not send), stores a record, answers 200. */
export function sideEffectsGraph(url: string, table = "invoice_lines") {
  return {
    version: 1,
    nodes: [
      { id: "start", type: "webhook", config: {} },
      { id: "raw", type: "getRawInput", config: { encoding: "json", as: "payload" } },
      {
        id: "notify",
        type: "externalRequest",
        config: { method: "POST", url: `'${url}'`, body: "{ 'event': $payload.id }", as: "sent" },
      },
      {
        id: "save",
        type: "addRecord",
        config: { table, fields: { event_id: "$payload.id", amount: "$payload.amount" } },
      },
      { id: "ok", type: "response", config: { status: "200", body: "{ 'sent': $sent.status }" } },
    ],
    edges: [
      { source: "start", target: "raw" },
      { source: "raw", target: "notify" },
      { source: "notify", target: "save" },
      { source: "save", target: "ok" },
    ],
  };
}

/** Loops inside a loop: `groups[].items[]`, with a variable set per inner item. */
export const NESTED_LOOPS_GRAPH = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "raw", type: "getRawInput", config: { encoding: "json", as: "payload" } },
    { id: "groups", type: "forEach", config: { list: "$payload.groups", as: "group" } },
    { id: "items", type: "forEach", config: { list: "$group.items", as: "item" } },
    { id: "double", type: "setVariable", config: { name: "doubled", value: "$item * 2" } },
    { id: "ok", type: "response", config: { status: "200", body: "{ 'last': $doubled }" } },
  ],
  edges: [
    { source: "start", target: "raw" },
    { source: "raw", target: "groups" },
    { source: "groups", sourceHandle: "each", target: "items" },
    { source: "items", sourceHandle: "each", target: "double" },
    { source: "groups", sourceHandle: "done", target: "ok" },
  ],
};

/** A node that throws, with its `error` handle connected to a fallback answer. */
export const ERROR_HANDLE_GRAPH = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "charge", type: "setVariable", config: { name: "charge", value: "$error('card declined')" } },
    { id: "ok", type: "response", config: { status: "200" } },
    {
      id: "fallback",
      type: "response",
      config: { status: "502", body: "{ 'handled': $error.message, 'at': $error.nodeId }" },
    },
  ],
  edges: [
    { source: "start", target: "charge" },
    { source: "charge", target: "ok" },
    { source: "charge", sourceHandle: "error", target: "fallback" },
  ],
};

/** Answers 200 with a marker naming the graph, after the contract's Stripe signature check. */
export function signedMarkerGraph(marker: string) {
  return {
    version: 1,
    nodes: [
      { id: "start", type: "webhook", config: {} },
      { id: "raw", type: "getRawInput", config: { encoding: "json", as: "payload" } },
      { id: "sig", type: "hmacVerify", config: { preset: "stripe", secret: "$env.STRIPE_SECRET" } },
      {
        id: "save",
        type: "addRecord",
        config: { table: "invoice_lines", fields: { event_id: "$payload.id", amount: "1" } },
      },
      { id: "ok", type: "response", config: { status: "200", body: `{ 'marker': '${marker}', 'id': $payload.id }` } },
    ],
    edges: [
      { source: "start", target: "raw" },
      { source: "raw", target: "sig" },
      { source: "sig", target: "save" },
      { source: "save", target: "ok" },
    ],
  };
}
