import { decodeSignature, encodeDigest, hmac, type TRawBody, type TSigned } from "../internal/crypto";
import { header, missing } from "../internal/header";
import { findMatchingSecret } from "../internal/match";
import { fail, MISMATCH, ok } from "../internal/result";
import { parseUnixSeconds, toleranceProblem } from "../internal/timestamp";
import type { TScheme } from "../types";

type TSpec = {
  header: string;
  /** Between `key=value` items. */
  separator: string;
  timestampKey: string;
  signatureKey: string;
  /** What is signed, from the timestamp's exact text and the raw body. */
  content: (timestamp: string, body: TRawBody) => TSigned;
};

function parseItems(value: string, separator: string): Array<[string, string]> {
  return value.split(separator).flatMap((item) => {
    const at = item.indexOf("=");
    return at < 0 ? [] : [[item.slice(0, at).trim(), item.slice(at + 1).trim()] as [string, string]];
  });
}

/**
 * Stripe's and Paddle's shape: one header listing a timestamp and one or more hex HMAC-SHA256 signatures
 * (several while a secret is being rolled). Items with other keys (Stripe's test-mode `v0`) are ignored.
 */
export function keyedListScheme(spec: TSpec): TScheme {
  const format = `${spec.timestampKey}=...${spec.separator}${spec.signatureKey}=...`;
  return {
    verify(ctx) {
      const value = header(ctx, spec.header);
      if (!value) return fail(ctx.preset, missing(spec.header));
      const items = parseItems(value, spec.separator);
      const timestampText = items.find(([key]) => key === spec.timestampKey)?.[1];
      const timestamp = timestampText === undefined ? null : parseUnixSeconds(timestampText);
      if (timestampText === undefined || timestamp === null) {
        return fail(ctx.preset, `malformed ${spec.header} header (expected ${format})`);
      }
      const listed = items.filter(([key]) => key === spec.signatureKey);
      if (listed.length === 0) return fail(ctx.preset, `${spec.header} header has no ${spec.signatureKey} signature`);
      const stale = toleranceProblem(timestamp, ctx.nowSeconds, ctx.toleranceSeconds);
      if (stale) return fail(ctx.preset, stale);
      // Undecodable entries simply cannot match; a valid sibling may still.
      const received = listed.flatMap(([, text]) => decodeSignature(text, "hex") ?? []);
      const signed = spec.content(timestampText, ctx.rawBody);
      const index = findMatchingSecret(ctx.secrets, received, (secret) => [hmac("sha256", secret, signed)]);
      return index < 0 ? fail(ctx.preset, MISMATCH) : ok(ctx.preset, index, timestamp);
    },
    sign(input) {
      const timestamp = String(input.nowSeconds);
      const digest = encodeDigest(hmac("sha256", input.secret, spec.content(timestamp, input.rawBody)), "hex");
      return {
        [spec.header.toLowerCase()]: `${spec.timestampKey}=${timestamp}${spec.separator}${spec.signatureKey}=${digest}`,
      };
    },
  };
}
