import { decodeSignature } from "./crypto";
import type { TSignatureEncoding } from "../preset-list";

export type TReadSignature = { signature: Buffer } | { reason: string };

/** Strips the scheme's prefix (e.g. `sha256=`) from a header value and decodes the rest. */
export function readSignature(
  value: string,
  prefix: string,
  encoding: TSignatureEncoding,
  headerName: string,
): TReadSignature {
  if (!value.startsWith(prefix)) {
    return { reason: `malformed ${headerName} header (expected "${prefix}<${encoding} signature>")` };
  }
  const signature = decodeSignature(value.slice(prefix.length).trim(), encoding);
  return signature ? { signature } : { reason: `malformed ${headerName} header (signature is not ${encoding})` };
}
