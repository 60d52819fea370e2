import { validateHeaderName, validateHeaderValue } from "node:http";
import type { TExecutor } from "@/lib/engine/context";
import type { ConfigOf } from "../define";
import type { responseNode } from "./definition";

/** Set by the server from the body it sends; a stack that set them could make the answer unreadable. */
const SERVER_HEADERS = new Set([
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "upgrade",
  "trailer",
]);
/** What one answer's headers may add up to (names and values): proxies refuse more, and the history keeps them. */
const MAX_HEADER_BYTES = 32 * 1024;

/**
 * The answer's headers, checked before anything is committed: a header the HTTP layer would refuse at send time
 * (a CR/LF taken from the payload) must fail the run here, with its records unwritten, not after the history
 * already says 200.
 */
function checkedHeaders(values: Record<string, unknown>): Record<string, string> {
  const headers: Record<string, string> = {};
  let bytes = 0;
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    const name = k.toLowerCase();
    const value = String(v);
    try {
      validateHeaderName(name);
      validateHeaderValue(name, value);
    } catch {
      throw new Error(
        `response header "${name.slice(0, 100)}" is not a valid HTTP header (names are tokens; values may not contain line breaks or control characters)`,
      );
    }
    if (SERVER_HEADERS.has(name))
      throw new Error(`response header "${name}" is set by the server and cannot be set by a stack`);
    bytes += name.length + Buffer.byteLength(value);
    if (bytes > MAX_HEADER_BYTES) throw new Error(`response headers are larger than ${MAX_HEADER_BYTES} bytes`);
    headers[name] = value;
  }
  return headers;
}

export const responseExecutor: TExecutor<ConfigOf<typeof responseNode>> = async (ctx) => {
  const status = Number(await ctx.value("status"));
  // 1xx are interim answers: sent as the final one, the caller would wait for ever.
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new Error(`status must be a whole number from 200 to 599 (got ${String(status).slice(0, 40)})`);
  }
  const headers = checkedHeaders(await ctx.values("headers"));
  const response = { status, headers, body: await ctx.value("body") };
  return { respond: response, output: response };
};
