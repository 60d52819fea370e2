import { starterGraph } from "./build";
import type { TStarter } from "./types";

/** The public contract's example receiver (CONTRACT.md "Function stack graph"). */
export const stripeInvoicePaid: TStarter = {
  id: "stripe-invoice-paid",
  title: "Stripe: invoice paid",
  description:
    "Verifies Stripe's signature, and for invoice.paid events stores one invoice_lines record per line. Other events are acknowledged.",
  provider: "Stripe",
  env: ["STRIPE_SECRET"],
  tables: [
    {
      name: "invoice_lines",
      fields: [
        { name: "event_id", type: "text", required: true },
        { name: "amount", type: "integer", required: true },
      ],
    },
  ],
  graph: starterGraph(
    [
      { id: "start", type: "webhook", at: [0, 0] },
      { id: "raw", type: "getRawInput", at: [0, 1], config: { encoding: "json", as: "payload" } },
      { id: "sig", type: "hmacVerify", at: [0, 2], config: { preset: "stripe", secret: "$env.STRIPE_SECRET" } },
      { id: "paid", type: "conditional", at: [0, 3], config: { condition: "$payload.type = 'invoice.paid'" } },
      { id: "lines", type: "forEach", at: [0, 4], config: { list: "$payload.data.object.lines.data", as: "line" } },
      {
        id: "save",
        type: "addRecord",
        at: [1, 5],
        config: { table: "invoice_lines", fields: { event_id: "$payload.id", amount: "$line.amount" } },
      },
      { id: "ok", type: "response", at: [0, 6], config: { status: "200", body: "{ 'received': true }" } },
    ],
    [
      ["start", "raw"],
      ["raw", "sig"],
      ["sig", "paid"],
      ["paid", "lines", "true"],
      ["paid", "ok", "false"],
      ["lines", "save", "each"],
      ["lines", "ok", "done"],
    ],
  ),
};
