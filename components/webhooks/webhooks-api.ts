import { call, id } from "@/lib/editor-store/api-client";
import type { TDeliveryDetail } from "@/lib/webhooks/get-delivery";
import type { TDeliveryView } from "@/lib/webhooks/delivery-view";
import type { TEventTypeView } from "@/lib/webhooks/list-event-types";
import type { TCreateWebhook, TUpdateWebhook } from "@/lib/webhooks/schemas";
import type { TTestDelivery } from "@/lib/webhooks/send-test-event";
import type { TWebhookView } from "@/lib/webhooks/webhook-view";

export type TWithSecret = TWebhookView & { secret: string };

/** The Webhooks pages' calls to /api/v1 (types come from the server's own verbs). */
export const webhooksApi = {
  list: async () => (await call<{ data: TWebhookView[] }>("GET", "/webhooks")).data,
  create: (input: TCreateWebhook) => call<TWithSecret>("POST", "/webhooks", input),
  update: (hookId: string, patch: TUpdateWebhook) => call<TWebhookView>("PATCH", `/webhooks/${id(hookId)}`, patch),
  remove: async (hookId: string) => {
    await call<unknown>("DELETE", `/webhooks/${id(hookId)}`);
  },
  rotate: (hookId: string) => call<TWithSecret>("POST", `/webhooks/${id(hookId)}/secret`, {}),
  test: (hookId: string) => call<TTestDelivery>("POST", `/webhooks/${id(hookId)}/test`),
  deliveries: async (hookId: string, filter: { status?: string; eventType?: string }) => {
    const q = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
    return (await call<{ data: TDeliveryView[] }>("GET", `/webhooks/${id(hookId)}/deliveries?${q}`)).data;
  },
  delivery: (hookId: string, deliveryId: string) =>
    call<TDeliveryDetail>("GET", `/webhooks/${id(hookId)}/deliveries/${id(deliveryId)}`),
  redeliver: (hookId: string, deliveryId: string) =>
    call<TDeliveryView>("POST", `/webhooks/${id(hookId)}/deliveries/${id(deliveryId)}/redeliver`),
  recover: (hookId: string, since: string) =>
    call<{ recovered: number }>("POST", `/webhooks/${id(hookId)}/recover`, { since }),
  eventTypes: async () => (await call<{ data: TEventTypeView[] }>("GET", "/event-types")).data,
};
