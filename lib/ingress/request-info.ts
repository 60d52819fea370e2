import type { IncomingMessage } from "node:http";
import type { TServerConfig } from "@/lib/config";
import type { TRequestInfo } from "@/lib/engine/types";

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value?.split(",")[0]?.trim();
}

/** The origin the sender used: the configured public URL, else the proxy's headers when trusted, else Host. */
export function publicOrigin(req: IncomingMessage, config: TServerConfig): string {
  if (config.HOOKSTACK_PUBLIC_URL) return config.HOOKSTACK_PUBLIC_URL.replace(/\/+$/, "");
  const proto = (config.HOOKSTACK_TRUST_PROXY && first(req.headers["x-forwarded-proto"])) || "http";
  const host =
    (config.HOOKSTACK_TRUST_PROXY && first(req.headers["x-forwarded-host"])) || req.headers.host || "localhost";
  return `${proto}://${host}`;
}

/**
 * The caller's address. Behind trusted proxies it is read from X-Forwarded-For counting HOOKSTACK_PROXY_HOPS
 * entries from the right: each proxy appends the address it saw, so entries further left were written by the
 * client and may be forged. A chain shorter than the hops counted falls back to its leftmost entry.
 */
export function clientIp(req: IncomingMessage, config: TServerConfig): string {
  if (config.HOOKSTACK_TRUST_PROXY) {
    const header = req.headers["x-forwarded-for"];
    const chain = (Array.isArray(header) ? header.join(",") : (header ?? ""))
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const hops = config.HOOKSTACK_PROXY_HOPS ?? 1;
    const ip = chain[Math.max(0, chain.length - hops)];
    if (ip) return ip;
  }
  return req.socket.remoteAddress || "";
}

export function queryObject(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of search) {
    const prev = Object.prototype.hasOwnProperty.call(out, k) ? out[k] : undefined;
    const next = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    Object.defineProperty(out, k, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function headerObject(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

export function requestInfo(req: IncomingMessage, config: TServerConfig, body: string, receivedAt: Date): TRequestInfo {
  const target = new URL(req.url ?? "/", "http://x");
  return {
    url: publicOrigin(req, config) + target.pathname + target.search,
    method: req.method ?? "POST",
    path: target.pathname,
    query: queryObject(target.searchParams),
    headers: headerObject(req),
    ip: clientIp(req, config),
    receivedAt: receivedAt.toISOString(),
    body,
  };
}
