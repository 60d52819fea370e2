import { fail, MISMATCH } from "./internal/result";
import { schemeFor } from "./schemes";
import type { TSecret, TVerifyInput, TVerifyResult } from "./types";

export type { TGenericConfig, TVerifyInput, TVerifyResult } from "./types";

const DEFAULT_TOLERANCE_SECONDS = 300;

/**
 * Checks a webhook request's signature under a provider's scheme, in constant time. Never throws for bad input:
 * every problem is a `valid: false` with a reason that names headers and timestamps, never secrets or digests.
 */
export function verifySignature(input: TVerifyInput): TVerifyResult {
  const preset = String(input.preset);
  const scheme = schemeFor(preset);
  if (!scheme) return fail(preset, `unknown signature preset "${preset}"`);
  // Blank entries are unset variables, not secrets; indexes stay the caller's so `secretIndex` points into its list.
  const secrets: TSecret[] = (input.secrets ?? []).flatMap((value, index) =>
    typeof value === "string" && value.trim() !== "" ? [{ value, index }] : [],
  );
  if (secrets.length === 0) return fail(preset, "no signing secret configured");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (typeof value === "string") headers[name.toLowerCase()] = value;
  }
  const tolerance = input.toleranceSeconds;
  let result: TVerifyResult;
  try {
    result = scheme.verify({
      preset,
      secrets,
      rawBody: input.rawBody ?? "",
      headers,
      url: input.url ?? "",
      nowSeconds: Math.floor(input.nowSeconds),
      toleranceSeconds: Number.isFinite(tolerance) && tolerance > 0 ? tolerance : DEFAULT_TOLERANCE_SECONDS,
      generic: input.generic,
    });
  } catch {
    // Schemes are written not to throw; this keeps an unforeseen input a 401, not a 500. No detail: it could echo input.
    return fail(preset, "signature could not be checked");
  }
  // A pasted secret with a trailing newline is the most common cause of a mismatch; say so without showing it.
  if (!result.valid && result.reason === MISMATCH && secrets.some((s) => s.value !== s.value.trim())) {
    return fail(preset, `${MISMATCH} (a signing secret has leading or trailing whitespace)`);
  }
  return result;
}
