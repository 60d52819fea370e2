import { serverConfig } from "@/lib/config";
import type { TDeliveryStore } from "./delivery-store";
import type { TDeliveryDeps } from "./process-delivery";
import { deliveryFetch } from "./delivery-fetch";

/** How a delivery made on request (the test event) is sent: the real clock, the guarded fetch, the configured timeout. */
export function liveDeliveryDeps(store: TDeliveryStore): TDeliveryDeps {
  return { store, fetch: deliveryFetch, now: Date.now, timeoutMs: serverConfig().HOOKSTACK_WEBHOOK_TIMEOUT_MS };
}
