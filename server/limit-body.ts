import type { IncomingMessage, ServerResponse } from "node:http";
import { Transform, type Readable } from "node:stream";

function refuse(req: IncomingMessage, res: ServerResponse, limit: number) {
  if (!res.headersSent) {
    res.writeHead(413, {
      "content-type": "application/json; charset=utf-8",
      connection: "close",
      "cache-control": "no-store",
    });
    res.end(JSON.stringify({ error: `the request body is larger than ${limit} bytes`, code: "payload_too_large" }));
  }
  // The rest is read and dropped (never buffered) until the sender stops; the request timeout bounds a slow one.
  req.resume();
}

/**
 * The request body as a stream that fails once more than `limit` bytes have arrived: a declared Content-Length over
 * the limit is refused before reading, and a chunked body is counted as it streams, so neither is ever held whole.
 * Undefined when the request was refused.
 */
export function limitedBody(req: IncomingMessage, res: ServerResponse, limit: number): Readable | undefined {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    refuse(req, res, limit);
    return undefined;
  }
  let size = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) return done(new Error("body too large"));
      done(null, chunk);
    },
  });
  counted.on("error", () => {
    req.unpipe(counted);
    refuse(req, res, limit);
  });
  return req.pipe(counted);
}
