import { json, type TSample } from "./types";

/** Shopify's `orders/create` webhook (shopify.dev/docs/api/webhooks?reference=toml#list-orders-create), trimmed. */
export const shopifyOrdersCreateSample: TSample = {
  id: "shopify-orders-create",
  title: "Shopify: orders/create",
  provider: "Shopify",
  preset: "shopify",
  method: "POST",
  contentType: "application/json",
  headers: {
    "x-shopify-topic": "orders/create",
    "x-shopify-shop-domain": "example-shop.myshopify.com",
    "x-shopify-api-version": "2025-01",
    "x-shopify-webhook-id": "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
    "x-shopify-triggered-at": "2026-01-01T09:30:00.000Z",
  },
  body: json({
    id: 820982911946154500,
    admin_graphql_api_id: "gid://shopify/Order/820982911946154508",
    name: "#1001",
    email: "jon@example.com",
    created_at: "2026-01-01T04:30:00-05:00",
    currency: "USD",
    financial_status: "paid",
    total_price: "199.00",
    subtotal_price: "189.00",
    total_tax: "10.00",
    customer: { id: 115310627314723950, first_name: "John", last_name: "Smith", email: "jon@example.com" },
    line_items: [
      { id: 866550311766439000, title: "Aviator sunglasses", quantity: 1, price: "89.99", sku: "SKU2006-001" },
      { id: 141249953214522980, title: "Mid-century lounger", quantity: 1, price: "99.01", sku: "SKU2006-020" },
    ],
    shipping_address: { city: "Ottawa", province_code: "ON", country_code: "CA", zip: "K2P 1L4" },
  }),
};
