import type { IncomingHttpHeaders } from "node:http";
import { serverConfig } from "@/lib/config";
import type { TOutboundRequest, TOutboundResponse } from "@/lib/engine/services";
import { parseAllowlist, type TAllowlist } from "./allowlist";
import { checkDestination, resolveWithDns, type TResolve } from "./check-destination";
import { OutboundRefusedError, OutboundTooLargeError } from "./errors";
import { sendPinned } from "./pinned-request";
import { readCapped } from "./read-capped";

export type TGuardedFetch = (req: TOutboundRequest) => Promise<TOutboundResponse>;

export type TGuardOptions = {
  /** Name resolution; node:dns by default. Tests inject one to prove the connection uses its answer. */
  resolve?: TResolve;
  /** Destinations allowed despite the guard: a parsed list or the HOOKSTACK_OUTBOUND_ALLOWLIST text. */
  allowlist?: TAllowlist | string;
  /** 0: a redirect is answered as it is, not followed (outbound webhooks treat it as a failed attempt). */
  maxRedirects?: number;
  /** false: accept any TLS certificate. */
  rejectUnauthorized?: boolean;
  /** Trusted CA certificates instead of the system's. */
  ca?: string | Buffer;
};

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
/** Set by the guard from the body, or meaningless once the request is re-sent elsewhere. */
const DROPPED = new Set([
  "host",
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "te",
  "trailer",
  "upgrade",
  "expect",
  "proxy-connection",
]);
/** Not forwarded to another origin on a redirect, as browsers do. */
const CREDENTIALS = ["authorization", "cookie", "proxy-authorization"];
const BODY_HEADERS = ["content-type", "content-encoding", "content-language", "content-location"];

function outgoing(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!DROPPED.has(lower)) out[lower] = value;
  }
  return out;
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new OutboundRefusedError("the URL is not valid (it needs http:// or https:// and a host)");
  }
}

/**
 * Outbound HTTP for `externalRequest`, guarded against server-side request forgery: the destination (every DNS
 * answer) is checked, the connection pinned to the checked address, redirects followed by hand (at most
 * `maxRedirects`, each hop checked again), and the whole exchange held to the request's time limit, its abort
 * signal and a cap on the bytes read.
 */
export function guardedFetchWith(options: TGuardOptions = {}): TGuardedFetch {
  const resolve = options.resolve ?? resolveWithDns;
  const allowlist = typeof options.allowlist === "object" ? options.allowlist : parseAllowlist(options.allowlist ?? "");
  const maxRedirects = options.maxRedirects ?? 5;

  return async (req) => {
    let url = parseUrl(req.url);
    const firstHost = url.host;
    const timeout = AbortSignal.timeout(req.timeoutMs);
    const signal = AbortSignal.any([req.signal, timeout]);
    let method = req.method.toUpperCase();
    let body = req.body;
    const headers = outgoing(req.headers);
    try {
      for (let hop = 0; ; hop++) {
        const context = hop === 0 ? undefined : `refused to follow a redirect to ${url.host}`;
        const target = await checkDestination(url, { resolve, allowlist, signal, context });
        const sent = body === undefined ? headers : { ...headers, "content-length": String(Buffer.byteLength(body)) };
        const res = await sendPinned(url, target, {
          method,
          headers: sent,
          body,
          signal,
          ca: options.ca,
          rejectUnauthorized: options.rejectUnauthorized,
        });
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (!REDIRECTS.has(status) || !location || maxRedirects === 0) {
          return { status, headers: flatten(res.headers), body: await readCapped(res, req.maxBytes, url.host) };
        }
        res.destroy();
        if (hop >= maxRedirects) throw new Error(`more than ${maxRedirects} redirects, starting at ${firstHost}`);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new Error(`${url.host} redirected to an invalid URL`);
        }
        if (status !== 307 && status !== 308 && method !== "HEAD") {
          method = "GET";
          body = undefined;
          for (const name of BODY_HEADERS) delete headers[name];
        }
        if (next.origin !== url.origin) for (const name of CREDENTIALS) delete headers[name];
        url = next;
      }
    } catch (err) {
      if (timeout.aborted)
        throw new Error(`the request to ${firstHost} timed out after ${req.timeoutMs} ms`, { cause: err });
      if (req.signal.aborted) throw new Error(`the request to ${firstHost} was cancelled`, { cause: err });
      if (err instanceof OutboundRefusedError || err instanceof OutboundTooLargeError) throw err;
      const e = err as Error & { code?: string };
      const why = e.code && !e.message.includes(e.code) ? `${e.message} (${e.code})` : e.message;
      throw new Error(`the request to ${url.host} failed: ${why}`, { cause: err });
    }
  };
}

let fromConfig: TGuardedFetch | undefined;

/** The process's guarded fetch, with the allowlist from HOOKSTACK_OUTBOUND_ALLOWLIST. */
export function guardedFetch(req: TOutboundRequest): Promise<TOutboundResponse> {
  fromConfig ??= guardedFetchWith({ allowlist: serverConfig().HOOKSTACK_OUTBOUND_ALLOWLIST });
  return fromConfig(req);
}
