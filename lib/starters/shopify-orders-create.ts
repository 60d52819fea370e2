import { starterGraph } from "./build";
import type { TStarter } from "./types";

/** Shopify webhooks (shopify.dev "Verify webhooks"; the topic is in X-Shopify-Topic). */
export const shopifyOrdersCreate: TStarter = {
  id: "shopify-orders-create",
  title: "Shopify: order created",
  description:
    "Verifies Shopify's X-Shopify-Hmac-Sha256, and for orders/create keeps the order's id, name, total, currency and item count in $order, then answers 200 (Shopify waits 5 seconds).",
  provider: "Shopify",
  env: ["SHOPIFY_API_SECRET"],
  graph: starterGraph(
    [
      { id: "start", type: "webhook", at: [0, 0] },
      { id: "raw", type: "getRawInput", at: [0, 1], config: { encoding: "json", as: "payload" } },
      { id: "sig", type: "hmacVerify", at: [0, 2], config: { preset: "shopify", secret: "$env.SHOPIFY_API_SECRET" } },
      {
        id: "isOrder",
        type: "conditional",
        at: [0, 3],
        config: { condition: "$request.headers.'x-shopify-topic' = 'orders/create'" },
      },
      {
        id: "order",
        type: "setVariable",
        at: [1, 4],
        config: {
          name: "order",
          value:
            "{ 'webhookId': $request.headers.'x-shopify-webhook-id', 'id': $payload.id, 'name': $payload.name, 'total': $number($payload.total_price), 'currency': $payload.currency, 'items': $count($payload.line_items) }",
        },
      },
      { id: "ok", type: "response", at: [0, 5], config: { status: "200", body: "{ 'received': true }" } },
    ],
    [
      ["start", "raw"],
      ["raw", "sig"],
      ["sig", "isOrder"],
      ["isOrder", "order", "true"],
      ["isOrder", "ok", "false"],
      ["order", "ok"],
    ],
  ),
};
