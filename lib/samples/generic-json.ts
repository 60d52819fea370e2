import { json, type TSample } from "./types";

/** A plain JSON event, for stacks that do not expect any particular provider. */
export const genericJsonSample: TSample = {
  id: "generic-json",
  title: "Generic JSON event",
  provider: "Any",
  method: "POST",
  contentType: "application/json",
  headers: {},
  body: json({
    id: "evt_01JH8Z4Q7M3N2P",
    type: "order.created",
    createdAt: "2026-01-01T09:30:00Z",
    data: {
      orderId: "ord_1001",
      customer: { email: "ada@example.com" },
      total: 49.0,
      currency: "EUR",
      items: [{ sku: "PRO-1", quantity: 1 }],
    },
  }),
};
