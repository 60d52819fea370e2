import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { TResolvedAddress } from "./check-destination";
import { bareAddress } from "./ip";

export type TPinnedRequest = {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  /** Trusted CA certificates instead of the system's (tests, private CAs). */
  ca?: string | Buffer;
  /** false: accept any certificate (a subscription with TLS verification turned off). */
  rejectUnauthorized?: boolean;
};

/** A `lookup` that answers with the address the guard approved, whatever the name: no second DNS query. */
function pinnedLookup(target: TResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;
}

/**
 * Sends one request to `target` while keeping the URL's hostname for the Host header, TLS SNI and certificate
 * checks, so a DNS answer that changes between the check and the connection (rebinding) cannot move it.
 * Resolves with the response head; the caller reads or destroys the body.
 */
export function sendPinned(url: URL, target: TResolvedAddress, o: TPinnedRequest): Promise<IncomingMessage> {
  const isHttps = url.protocol === "https:";
  const hostname = bareAddress(url.hostname);
  const options: https.RequestOptions = {
    method: o.method,
    hostname,
    port: url.port || (isHttps ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    headers: o.headers,
    // A fresh connection each time: a pooled socket could belong to an earlier, differently-approved answer.
    agent: false,
    signal: o.signal,
    lookup: pinnedLookup(target),
    ...(isHttps
      ? {
          servername: isIP(hostname) ? undefined : hostname,
          ...(o.ca ? { ca: o.ca } : {}),
          ...(o.rejectUnauthorized === false ? { rejectUnauthorized: false } : {}),
        }
      : {}),
  };
  return new Promise((resolve, reject) => {
    const req = (isHttps ? https : http).request(options, resolve);
    req.on("error", reject);
    req.end(o.body);
  });
}
