import { schemeFor } from "./schemes";
import type { TSignInput } from "./types";

export type { TSignInput } from "./types";

/**
 * The headers the provider would send with this body (lower-case names), for the test panel's "sign it" helper
 * and tests. Throws on settings that cannot sign (unknown preset, incomplete generic settings, non-base64
 * Standard Webhooks secret). For Twilio a JSON body is signed only when `url` carries its `bodySHA256`.
 */
export function signRequest(input: TSignInput): { headers: Record<string, string> } {
  const scheme = schemeFor(String(input.preset));
  if (!scheme) throw new Error(`unknown signature preset "${String(input.preset)}"`);
  if (!input.secret) throw new Error("no signing secret given");
  return { headers: scheme.sign({ ...input, nowSeconds: Math.floor(input.nowSeconds) }) };
}
