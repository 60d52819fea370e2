import { starterGraph } from "./build";
import type { TStarter } from "./types";

/**
 * Keeps each Stripe customer's subscription status in a customers table (issue #15's reference receiver). Stripe
 * may deliver events out of order, so an event older than the one a row was last updated from is acknowledged and
 * ignored; concurrent deliveries for one customer never lose an update (the later commit runs again).
 */
export const stripeSubscriptionStatus: TStarter = {
  id: "stripe-subscription-status",
  title: "Stripe: subscription status",
  description:
    "Verifies Stripe's signature and, for customer.subscription.created / updated / deleted, keeps the customer's row in customers up to date (added when new). Older events than the row's last one are ignored.",
  provider: "Stripe",
  env: ["STRIPE_SECRET"],
  tables: [
    {
      name: "customers",
      fields: [
        { name: "stripe_customer_id", type: "text", required: true, unique: true },
        { name: "status", type: "text", indexed: true },
        { name: "subscription_id", type: "text" },
        { name: "current_period_end", type: "timestamp" },
        { name: "event_at", type: "timestamp" },
      ],
    },
  ],
  graph: starterGraph(
    [
      { id: "start", type: "webhook", at: [1, 0] },
      { id: "raw", type: "getRawInput", at: [1, 1], config: { encoding: "json", as: "payload" } },
      { id: "sig", type: "hmacVerify", at: [1, 2], config: { preset: "stripe", secret: "$env.STRIPE_SECRET" } },
      {
        id: "kind",
        type: "switch",
        at: [1, 3],
        config: {
          value: "$payload.type",
          cases: {
            created: "'customer.subscription.created'",
            updated: "'customer.subscription.updated'",
            deleted: "'customer.subscription.deleted'",
          },
        },
      },
      {
        id: "hasCustomer",
        type: "precondition",
        at: [0, 4],
        config: {
          condition: "$type($payload.data.object.customer) = 'string'",
          message: "'the subscription names no customer'",
        },
      },
      {
        id: "find",
        type: "getRecord",
        at: [0, 5],
        config: {
          table: "customers",
          by: "field",
          field: "stripe_customer_id",
          value: "$payload.data.object.customer",
          as: "customer",
        },
      },
      {
        id: "newer",
        type: "conditional",
        at: [0, 6],
        config: { condition: "$not($customer) or $toMillis($customer.event_at) <= $payload.created * 1000" },
      },
      {
        id: "save",
        type: "updateRecord",
        at: [0, 7],
        config: {
          table: "customers",
          by: "field",
          field: "stripe_customer_id",
          value: "$payload.data.object.customer",
          upsert: true,
          fields: {
            status: "$payload.data.object.status",
            subscription_id: "$payload.data.object.id",
            current_period_end: "$payload.data.object.current_period_end",
            event_at: "$payload.created",
          },
        },
      },
      { id: "ok", type: "response", at: [1, 8], config: { status: "200", body: "{ 'received': true }" } },
    ],
    [
      ["start", "raw"],
      ["raw", "sig"],
      ["sig", "kind"],
      ["kind", "hasCustomer", "created"],
      ["kind", "hasCustomer", "updated"],
      ["kind", "hasCustomer", "deleted"],
      ["kind", "ok", "default"],
      ["hasCustomer", "find"],
      ["find", "newer"],
      ["newer", "save", "true"],
      ["newer", "ok", "false"],
      ["save", "ok"],
    ],
  ),
};
