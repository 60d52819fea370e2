import { z } from "zod";
import { ZDeliveryQuery } from "./list-deliveries";
import { ZEventQuery } from "./list-events";
import { ZCreateWebhook, ZRotateSecret, ZUpdateWebhook } from "./schemas";
import {
  pageOut,
  ZDeliveryDetailOut,
  ZDeliveryOut,
  ZEventOut,
  ZEventTypeOut,
  ZTestDeliveryOut,
  ZWebhookOut,
  ZWebhookWithSecretOut,
} from "./view-schemas";

export const ZRecoverBody = z.strictObject({ since: z.iso.datetime({ offset: true }) });

/**
 * The outbound-webhook routes of /api/v1 with their scopes, in the shape of the route declarations the access
 * layer reads (method and path → summary, access, body, query, status), so they slot in beside the others.
 */
export const WEBHOOK_ROUTES = {
  "GET /webhooks": {
    summary: "List webhook subscriptions",
    access: { scope: "webhooks:read" },
    output: z.object({ data: z.array(ZWebhookOut) }),
  },
  "POST /webhooks": {
    summary: "Create a subscription; its secret appears only in this answer",
    access: { scope: "webhooks:write" },
    body: ZCreateWebhook,
    status: 201,
    output: ZWebhookWithSecretOut,
  },
  "GET /webhooks/{id}": { summary: "Read a subscription", access: { scope: "webhooks:read" }, output: ZWebhookOut },
  "PATCH /webhooks/{id}": {
    summary: "Change a subscription (events, URL, status, headers, auth, TLS, schedule)",
    access: { scope: "webhooks:write" },
    body: ZUpdateWebhook,
    output: ZWebhookOut,
  },
  "DELETE /webhooks/{id}": {
    summary: "Delete a subscription and its delivery log",
    access: { scope: "webhooks:write" },
    status: 204,
  },
  "POST /webhooks/{id}/secret": {
    summary: "Rotate the signing secret; the previous one signs beside it for 24 h",
    access: { scope: "webhooks:write" },
    body: ZRotateSecret,
    bodyOptional: true,
    output: ZWebhookWithSecretOut,
  },
  "POST /webhooks/{id}/test": {
    summary: "Send a webhook.test event now",
    access: { scope: "webhooks:write" },
    output: ZTestDeliveryOut,
  },
  "POST /webhooks/{id}/recover": {
    summary: "Send again every failed delivery since a time",
    access: { scope: "webhooks:write" },
    body: ZRecoverBody,
    output: z.object({ recovered: z.number() }),
  },
  "GET /webhooks/{id}/deliveries": {
    summary: "The delivery log, newest first",
    access: { scope: "webhooks:read" },
    query: ZDeliveryQuery,
    output: pageOut(ZDeliveryOut),
  },
  "GET /webhooks/{id}/deliveries/{deliveryId}": {
    summary: "One delivery with its attempts",
    access: { scope: "webhooks:read" },
    output: ZDeliveryDetailOut,
  },
  "POST /webhooks/{id}/deliveries/{deliveryId}/redeliver": {
    summary: "Send one delivery again now",
    access: { scope: "webhooks:write" },
    status: 202,
    output: ZDeliveryOut,
  },
  "GET /events": {
    summary: "Recent events, newest first",
    access: { scope: "webhooks:read" },
    query: ZEventQuery,
    output: pageOut(ZEventOut),
  },
  "GET /event-types": {
    summary: "Built-in event types and those published stacks emit",
    access: { scope: "webhooks:read" },
    output: z.object({ data: z.array(ZEventTypeOut) }),
  },
} as const;
