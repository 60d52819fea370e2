import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { THmacAlgorithm, TSignatureEncoding } from "../preset-list";

export function hmac(algorithm: THmacAlgorithm, key: string | Buffer, data: string): Buffer {
  return createHmac(algorithm, key).update(data, "utf8").digest();
}

export function sha256Hex(data: string): string {
  return createHash("sha256").update(data, "utf8").digest("hex");
}

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
