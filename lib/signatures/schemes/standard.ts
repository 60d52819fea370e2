import { randomBytes } from "node:crypto";
import { decodeSignature, hmac } from "../internal/crypto";
import { header } from "../internal/header";
import { findMatchingSecret } from "../internal/match";
import { fail, MISMATCH, ok } from "../internal/result";
import { parseUnixSeconds, toleranceProblem } from "../internal/timestamp";
import type { TScheme, TSchemeContext } from "../types";

const PREFIX = "whsec_";

/** The HMAC key: the base64 after `whsec_` (a bare base64 secret is accepted too); null when not base64. */
export function standardWebhooksKey(secret: string): Buffer | null {
  const encoded = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret;
  const key = decodeSignature(encoded, "base64");
  return key && key.length > 0 ? key : null;
}

/** Svix sends the same scheme under `svix-*` names; a request uses one family consistently. */
function readHeaders(ctx: TSchemeContext) {
  for (const family of ["webhook", "svix"]) {
    const id = header(ctx, `${family}-id`);
    const timestamp = header(ctx, `${family}-timestamp`);
    const signature = header(ctx, `${family}-signature`);
    if (id || timestamp || signature) return { family, id, timestamp, signature };
  }
  return null;
}

/** github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md */
export const standard: TScheme = {
  verify(ctx) {
    const found = readHeaders(ctx);
    if (!found) return fail(ctx.preset, "missing webhook-signature header");
    const { family, id, timestamp: timestampText, signature } = found;
    if (!signature) return fail(ctx.preset, `missing ${family}-signature header`);
    if (!id) return fail(ctx.preset, `missing ${family}-id header`);
    if (!timestampText) return fail(ctx.preset, `missing ${family}-timestamp header`);
    const timestamp = parseUnixSeconds(timestampText);
    if (timestamp === null) return fail(ctx.preset, `malformed ${family}-timestamp header (expected unix seconds)`);
    const stale = toleranceProblem(timestamp, ctx.nowSeconds, ctx.toleranceSeconds);
    if (stale) return fail(ctx.preset, stale);
    // Space-separated `version,base64`; other versions (the asymmetric v1a) are not ours to check.
    const received = signature
      .split(" ")
      .flatMap((entry) => {
        const at = entry.indexOf(",");
        return at > 0 && entry.slice(0, at) === "v1" ? [entry.slice(at + 1)] : [];
      })
      .flatMap((text) => decodeSignature(text, "base64") ?? []);
    if (received.length === 0) return fail(ctx.preset, `${family}-signature header has no v1 signature`);
    const usable = ctx.secrets.filter((secret) => standardWebhooksKey(secret.value));
    if (usable.length === 0) return fail(ctx.preset, "signing secret is not valid base64 (expected whsec_...)");
    const signed = [id, ".", timestampText, ".", ctx.rawBody];
    const index = findMatchingSecret(usable, received, (secret) => {
      const key = standardWebhooksKey(secret);
      return key ? [hmac("sha256", key, signed)] : null;
    });
    return index < 0 ? fail(ctx.preset, MISMATCH) : ok(ctx.preset, index, timestamp);
  },
  sign(input) {
    const key = standardWebhooksKey(input.secret);
    if (!key) throw new Error("signing secret is not valid base64 (expected whsec_...)");
    const id = input.webhookId ?? `msg_${randomBytes(18).toString("base64url").replace(/[-_]/g, "x")}`;
    const timestamp = String(input.nowSeconds);
    const digest = hmac("sha256", key, [id, ".", timestamp, ".", input.rawBody]).toString("base64");
    return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${digest}` };
  },
};
