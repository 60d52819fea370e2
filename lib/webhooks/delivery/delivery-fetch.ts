import { serverConfig } from "@/lib/config";
import { guardedFetchWith, type TGuardedFetch } from "@/lib/http/guarded-fetch";
import type { TDeliveryFetch } from "./send-attempt";

let verified: TGuardedFetch | undefined;
let unverified: TGuardedFetch | undefined;

/**
 * Deliveries go through the same SSRF guard as `externalRequest` (every resolved address checked, the connection
 * pinned to it, HOOKSTACK_OUTBOUND_ALLOWLIST honoured), and never follow a redirect: a 3xx is a failed attempt.
 */
export const deliveryFetch: TDeliveryFetch = (req, { tlsVerify }) => {
  const allowlist = serverConfig().HOOKSTACK_OUTBOUND_ALLOWLIST;
  if (tlsVerify) return (verified ??= guardedFetchWith({ allowlist, maxRedirects: 0 }))(req);
  return (unverified ??= guardedFetchWith({ allowlist, maxRedirects: 0, rejectUnauthorized: false }))(req);
};
