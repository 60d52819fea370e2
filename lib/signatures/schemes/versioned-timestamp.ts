import { encodeDigest, hmac, type TRawBody, type TSigned } from "../internal/crypto";
import { header, missing } from "../internal/header";
import { findMatchingSecret } from "../internal/match";
import { fail, MISMATCH, ok } from "../internal/result";
import { readSignature } from "../internal/signature-value";
import { parseUnixSeconds, toleranceProblem } from "../internal/timestamp";
import type { TScheme } from "../types";

type TSpec = {
  signatureHeader: string;
  timestampHeader: string;
  /** Reads the timestamp header as unix seconds; null when malformed. */
  parseTimestamp?: (value: string) => number | null;
};

/**
 * Slack's scheme, which Zoom copied: `v0=` + hex HMAC-SHA256 of `v0:{timestamp header}:{raw body}`.
 * The timestamp is signed as the exact header text, so it is never re-formatted.
 */
export function versionedTimestampScheme(spec: TSpec): TScheme {
  const parse = spec.parseTimestamp ?? parseUnixSeconds;
  const content = (timestamp: string, body: TRawBody): TSigned => ["v0:", timestamp, ":", body];
  return {
    verify(ctx) {
      const signatureValue = header(ctx, spec.signatureHeader);
      if (!signatureValue) return fail(ctx.preset, missing(spec.signatureHeader));
      const timestampValue = header(ctx, spec.timestampHeader);
      if (!timestampValue) return fail(ctx.preset, missing(spec.timestampHeader));
      const timestamp = parse(timestampValue);
      if (timestamp === null)
        return fail(ctx.preset, `malformed ${spec.timestampHeader} header (expected unix seconds)`);
      const stale = toleranceProblem(timestamp, ctx.nowSeconds, ctx.toleranceSeconds);
      if (stale) return fail(ctx.preset, stale);
      const read = readSignature(signatureValue, "v0=", "hex", spec.signatureHeader);
      if ("reason" in read) return fail(ctx.preset, read.reason);
      const signed = content(timestampValue, ctx.rawBody);
      const index = findMatchingSecret(ctx.secrets, [read.signature], (secret) => [hmac("sha256", secret, signed)]);
      return index < 0 ? fail(ctx.preset, MISMATCH) : ok(ctx.preset, index, timestamp);
    },
    sign(input) {
      const timestamp = String(input.nowSeconds);
      const digest = encodeDigest(hmac("sha256", input.secret, content(timestamp, input.rawBody)), "hex");
      return {
        [spec.timestampHeader.toLowerCase()]: timestamp,
        [spec.signatureHeader.toLowerCase()]: `v0=${digest}`,
      };
    },
  };
}
