import { json, type TSample } from "./types";

/** Stripe's `invoice.paid` event (docs.stripe.com/api/events/types#event_types-invoice.paid), two invoice lines. */
export const stripeInvoicePaidSample: TSample = {
  id: "stripe-invoice-paid",
  title: "Stripe: invoice.paid",
  provider: "Stripe",
  preset: "stripe",
  method: "POST",
  contentType: "application/json; charset=utf-8",
  headers: { "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" },
  body: json({
    id: "evt_1QxT3mK2eZvKYlo2CtQ3wWbF",
    object: "event",
    api_version: "2024-06-20",
    created: 1767225600,
    type: "invoice.paid",
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: {
      object: {
        id: "in_1QxT3kK2eZvKYlo2x1Vq0Jtq",
        object: "invoice",
        customer: "cus_R4bF2l9qZk1aB3",
        customer_email: "ada@example.com",
        currency: "usd",
        amount_due: 4900,
        amount_paid: 4900,
        status: "paid",
        number: "A1B2C3D4-0007",
        lines: {
          object: "list",
          data: [
            {
              id: "il_1QxT3kK2eZvKYlo2a9b8c7d6",
              object: "line_item",
              amount: 3900,
              currency: "usd",
              description: "1 × Pro plan (at $39.00 / month)",
              quantity: 1,
            },
            {
              id: "il_1QxT3kK2eZvKYlo2e5f4g3h2",
              object: "line_item",
              amount: 1000,
              currency: "usd",
              description: "Extra seats",
              quantity: 2,
            },
          ],
          has_more: false,
        },
      },
    },
  }),
};
