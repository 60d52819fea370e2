import type { IncomingMessage } from "node:http";
import { pipeline, Transform, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { OutboundTooLargeError } from "./errors";

function decoderFor(encoding: string | undefined): Transform | undefined {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

/** Passes bytes through until more than `maxBytes` went by: the compressed stream is capped too. */
function rawCap(maxBytes: number, tooLarge: () => Error): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.byteLength;
      callback(size > maxBytes ? tooLarge() : null, chunk);
    },
  });
}

/**
 * Reads a response body as UTF-8 text, failing as soon as it passes `maxBytes` (after decompression, so a small
 * compressed answer cannot expand past the cap), whatever content-length claims or when it is absent.
 */
export async function readCapped(res: IncomingMessage, maxBytes: number, host: string): Promise<string> {
  const tooLarge = () => new OutboundTooLargeError(`the answer from ${host} is larger than the ${maxBytes}-byte limit`);
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const decoder = decoderFor(res.headers["content-encoding"]);
  const stream: Readable = decoder ? pipeline(res, rawCap(maxBytes, tooLarge), decoder, () => undefined) : res;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).byteLength;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (!res.complete || size > maxBytes) res.destroy();
  }
  return Buffer.concat(chunks).toString("utf8");
}
