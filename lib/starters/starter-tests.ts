import type { TTestCaseInput } from "@/lib/test-cases/schema";

/**
 * The test suites the starters ship with (issue #17), so a new endpoint shows what a suite is on day one: a good
 * signed event, a forged one, and an event the stack ignores. Signed cases are signed when they run, with the
 * endpoint's secret ($env), so they pass once the starter's variables are set.
 */

const json = { "content-type": "application/json" };
const ZERO_HEX = "0".repeat(64);

function signed(
  name: string,
  body: unknown,
  expect: TTestCaseInput["expect"],
  headers: Record<string, string> = {},
): TTestCaseInput {
  return {
    name,
    request: { method: "POST", headers: { ...json, ...headers }, body: JSON.stringify(body), sign: true },
    expect,
  };
}

function forged(name: string, body: unknown, headers: Record<string, string>, notRan: string[]): TTestCaseInput {
  return {
    name,
    request: { method: "POST", headers: { ...json, ...headers }, body: JSON.stringify(body), sign: false },
    expect: { status: 401, assertions: [{ expression: "error", op: "equals", value: "invalid signature" }], notRan },
  };
}

const received = [{ expression: "received" }];

const invoicePaid = {
  id: "evt_test_1",
  type: "invoice.paid",
  data: { object: { lines: { data: [{ amount: 1200 }, { amount: 800 }] } } },
};
const subscription = (type: string) => ({
  id: "evt_test_sub",
  type,
  created: 1767225600,
  data: {
    object: { id: "sub_test", customer: "cus_hookstack_test", status: "active", current_period_end: 1769904000 },
  },
});
const push = {
  ref: "refs/heads/main",
  after: "abc123",
  repository: { full_name: "octo/hello" },
  pusher: { name: "octo" },
  commits: [{ id: "abc123" }],
};
const order = { id: 450789469, name: "#1001", total_price: "199.00", currency: "USD", line_items: [{ id: 1 }] };

export const STARTER_TESTS: Record<string, readonly TTestCaseInput[]> = {
  "stripe-invoice-paid": [
    signed("invoice.paid stores one line per invoice line", invoicePaid, {
      status: 200,
      assertions: received,
      ran: ["sig", "save"],
      records: [{ table: "invoice_lines", op: "insert", count: 2 }],
    }),
    forged("a forged signature is refused", invoicePaid, { "stripe-signature": `t=1767225600,v1=${ZERO_HEX}` }, [
      "paid",
      "save",
    ]),
    signed(
      "other event types are acknowledged, nothing stored",
      { ...invoicePaid, type: "customer.created" },
      {
        status: 200,
        assertions: received,
        notRan: ["lines", "save"],
        records: [{ table: "invoice_lines", op: "any", count: 0 }],
      },
    ),
  ],
  "stripe-subscription-status": [
    signed("a subscription update keeps the customer's row", subscription("customer.subscription.updated"), {
      status: 200,
      assertions: received,
      ran: ["find", "save"],
      records: [{ table: "customers", op: "any", count: 1 }],
    }),
    forged(
      "a forged signature is refused",
      subscription("customer.subscription.updated"),
      { "stripe-signature": `t=1767225600,v1=${ZERO_HEX}` },
      ["kind", "save"],
    ),
    signed("other event types are acknowledged, nothing stored", subscription("invoice.paid"), {
      status: 200,
      assertions: received,
      notRan: ["hasCustomer", "save"],
      records: [{ table: "customers", op: "any", count: 0 }],
    }),
  ],
  "github-push": [
    signed(
      "a push is read",
      push,
      { status: 200, assertions: received, ran: ["push"] },
      { "x-github-event": "push", "x-github-delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958" },
    ),
    forged(
      "a forged signature is refused",
      push,
      { "x-github-event": "push", "x-hub-signature-256": `sha256=${ZERO_HEX}` },
      ["isPush", "push"],
    ),
    signed(
      "a ping is acknowledged",
      { zen: "Keep it logically awesome.", hook_id: 1 },
      { status: 200, assertions: received, notRan: ["push"] },
      { "x-github-event": "ping" },
    ),
  ],
  "shopify-orders-create": [
    signed(
      "a new order is read",
      order,
      { status: 200, assertions: received, ran: ["order"] },
      { "x-shopify-topic": "orders/create", "x-shopify-webhook-id": "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043" },
    ),
    forged(
      "a forged signature is refused",
      order,
      { "x-shopify-topic": "orders/create", "x-shopify-hmac-sha256": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" },
      ["isOrder", "order"],
    ),
    signed(
      "other topics are acknowledged",
      order,
      { status: 200, assertions: received, notRan: ["order"] },
      { "x-shopify-topic": "orders/updated" },
    ),
  ],
  "slack-events": [
    signed(
      "the url_verification handshake answers its challenge",
      { token: "t", challenge: "3eZbrw1aBm2rZgRNFdxV", type: "url_verification" },
      {
        status: 200,
        assertions: [{ expression: "challenge", op: "equals", value: "3eZbrw1aBm2rZgRNFdxV" }],
        notRan: ["event"],
      },
    ),
    forged(
      "a forged signature is refused",
      { type: "event_callback", event: { type: "app_mention" } },
      { "x-slack-request-timestamp": "1767225600", "x-slack-signature": `v0=${ZERO_HEX}` },
      ["handshake"],
    ),
    signed(
      "an event is acknowledged",
      { type: "event_callback", event: { type: "app_mention", text: "hi" } },
      { status: 200, ran: ["event"], notRan: ["challenge"] },
    ),
  ],
  "zoom-url-validation": [
    signed(
      "URL validation answers the hashed token",
      { event: "endpoint.url_validation", payload: { plainToken: "qgg8vlvZRS6UYooatFL8Aw" } },
      {
        status: 200,
        assertions: [
          { expression: "plainToken", op: "equals", value: "qgg8vlvZRS6UYooatFL8Aw" },
          { expression: "encryptedToken", op: "matches", value: "^[0-9a-f]{64}$" },
        ],
      },
    ),
    forged(
      "a forged signature is refused",
      { event: "meeting.started", payload: {} },
      { "x-zm-request-timestamp": "1767225600", "x-zm-signature": `v0=${ZERO_HEX}` },
      ["validation"],
    ),
    signed(
      "other events are acknowledged",
      { event: "meeting.started", payload: { object: { id: "1" } } },
      { status: 200, ran: ["event"], notRan: ["challenge"] },
    ),
  ],
  "meta-verify": [
    signed(
      "a signed event is received",
      { object: "page", entry: [] },
      { status: 200, assertions: [{ expression: "$", op: "equals", value: "EVENT_RECEIVED" }], ran: ["sig"] },
    ),
    forged(
      "a forged signature is refused",
      { object: "page", entry: [] },
      { "x-hub-signature-256": `sha256=${ZERO_HEX}` },
      ["ok"],
    ),
    {
      name: "a handshake with the wrong verify token is refused",
      request: {
        method: "GET",
        query: { "hub.mode": "subscribe", "hub.verify_token": "not-the-token", "hub.challenge": "1158201444" },
      },
      expect: { status: 403, notRan: ["challenge"] },
    },
  ],
  "generic-json": [
    {
      name: "a JSON body is acknowledged",
      request: { headers: json, body: '{"hello":"world"}' },
      expect: { status: 200, assertions: received },
    },
    {
      name: "a body that is not JSON is refused",
      request: { headers: json, body: "not json" },
      expect: { status: 400, notRan: ["ok"] },
    },
  ],
};
