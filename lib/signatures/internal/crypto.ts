import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { THmacAlgorithm, TSignatureEncoding } from "../preset-list";

/** A raw body: the exact bytes received, or text (signed as its UTF-8 bytes). */
export type TRawBody = string | Buffer;

/** What is signed: one piece, or pieces signed one after another (a timestamp, a dot, the raw body's bytes). */
export type TSigned = TRawBody | readonly TRawBody[];

export function hmac(algorithm: THmacAlgorithm, key: string | Buffer, data: TSigned): Buffer {
  const mac = createHmac(algorithm, key);
  for (const part of typeof data === "string" || Buffer.isBuffer(data) ? [data] : data) {
    if (typeof part === "string") mac.update(part, "utf8");
    else mac.update(part);
  }
  return mac.digest();
}

export function sha256Hex(data: TRawBody): string {
  return (
    typeof data === "string" ? createHash("sha256").update(data, "utf8") : createHash("sha256").update(data)
  ).digest("hex");
}

/** A raw body as text, for schemes that parse it (form parameters). */
export const bodyText = (body: TRawBody) => (typeof body === "string" ? body : body.toString("utf8"));

/**
 * Constant-time equality. The length check may return early: lengths are fixed by the algorithm and public,
 * while `timingSafeEqual` would throw on a mismatch.
 */
export function digestsEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

const HEX = /^(?:[0-9a-fA-F]{2})+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Decodes a received signature; null when it is not valid in that encoding (Buffer.from would silently truncate). */
export function decodeSignature(value: string, encoding: TSignatureEncoding): Buffer | null {
  if (encoding === "hex") return HEX.test(value) ? Buffer.from(value, "hex") : null;
  // Accept the URL-safe alphabet and missing padding too: some senders of the generic preset use them.
  const standard = value.replace(/-/g, "+").replace(/_/g, "/");
  if (!BASE64.test(standard)) return null;
  const bare = standard.replace(/=+$/, "");
  if (bare.length % 4 === 1) return null;
  const bytes = Buffer.from(bare, "base64");
  // Reject non-canonical text (stray trailing bits) so one signature has one spelling.
  return bytes.toString("base64").replace(/=+$/, "") === bare ? bytes : null;
}

export function encodeDigest(digest: Buffer, encoding: TSignatureEncoding): string {
  return digest.toString(encoding);
}
