import { CLIENT_IP_HEADER } from "./client-ip";
import { serverConfig } from "@/lib/config";

function first(value: string | null): string | undefined {
  return value?.split(",")[0]?.trim() || undefined;
}

/**
 * The origin people reach this server at: HOOKSTACK_PUBLIC_URL, else the proxy's X-Forwarded-* when
 * HOOKSTACK_TRUST_PROXY is set, else the Host the request came to (the same rule as the public URL's).
 */
export function requestOrigin(req: Request): string {
  const config = serverConfig();
  if (config.HOOKSTACK_PUBLIC_URL) return config.HOOKSTACK_PUBLIC_URL.replace(/\/+$/, "");
  const trusted = config.HOOKSTACK_TRUST_PROXY;
  const proto = (trusted && first(req.headers.get("x-forwarded-proto"))) || "http";
  const host =
    (trusted && first(req.headers.get("x-forwarded-host"))) || req.headers.get("host") || new URL(req.url).host;
  return `${proto}://${host}`;
}

/** The caller's address, as server.ts saw it on the socket (or the proxy's X-Forwarded-For when trusted). */
export function requestIp(req: Request): string {
  return req.headers.get(CLIENT_IP_HEADER) || "";
}
