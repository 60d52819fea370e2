import { createHmac } from "node:crypto";

/** An `invoice.paid` event shaped like Stripe's, with `lineCount` invoice lines. */
export function invoicePaidEvent(id: string, lineCount: number, type = "invoice.paid") {
  return {
    id,
    object: "event",
    type,
    created: 1_700_000_000,
    data: {
      object: {
        id: `in_${id}`,
        object: "invoice",
        amount_paid: lineCount * 1000,
        lines: {
          object: "list",
          data: Array.from({ length: lineCount }, (_, i) => ({
            id: `il_${id}_${i}`,
            amount: 1000 + i,
            currency: "usd",
          })),
        },
      },
    },
  };
}

/** The `Stripe-Signature` header Stripe sends: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export function stripeSignature(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${v1}`;
}
