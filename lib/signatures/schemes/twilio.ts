import { bodyText, digestsEqual, encodeDigest, hmac, sha256Hex } from "../internal/crypto";
import { isFormRequest, parseFormParams, sortedKeys } from "../internal/form";
import { header, missing } from "../internal/header";
import { findMatchingSecret } from "../internal/match";
import { fail, MISMATCH, ok } from "../internal/result";
import { readSignature } from "../internal/signature-value";
import type { TScheme } from "../types";
import { twilioUrlCandidates } from "./twilio-url";

const HEADER = "X-Twilio-Signature";

/** The twilio library treats any URL mentioning bodySHA256 as a JSON-body request whose body is pinned by that hash. */
const hasBodyHash = (url: string) => url.includes("bodySHA256");

/** URL + each parameter's name and value, names sorted; a repeated name's values are de-duplicated and sorted. */
function signedData(url: string, params: Map<string, string[]>): string {
  let data = url;
  for (const key of sortedKeys(params)) {
    const values = params.get(key) ?? [];
    const unique = values.length > 1 ? [...new Set(values)].sort() : values;
    for (const value of unique) data += key + value;
  }
  return data;
}

function bodyHashFromUrl(url: string): string {
  try {
    return new URL(url).searchParams.get("bodySHA256") ?? "";
  } catch {
    return "";
  }
}

/** twilio.com/docs/usage/webhooks/webhooks-security; mirrors the twilio npm library's validateIncomingRequest. */
export const twilio: TScheme = {
  verify(ctx) {
    const value = header(ctx, HEADER);
    if (!value) return fail(ctx.preset, missing(HEADER));
    const read = readSignature(value, "", "base64", HEADER);
    if ("reason" in read) return fail(ctx.preset, read.reason);
    const jsonBody = hasBodyHash(ctx.url);
    const params =
      jsonBody || !isFormRequest(ctx.headers) ? new Map<string, string[]>() : parseFormParams(bodyText(ctx.rawBody));
    const contents = twilioUrlCandidates(ctx.url).map((url) => signedData(url, params));
    const index = findMatchingSecret(ctx.secrets, [read.signature], (secret) =>
      contents.map((content) => hmac("sha1", secret, content)),
    );
    if (index < 0) return fail(ctx.preset, MISMATCH);
    if (jsonBody) {
      const expected = Buffer.from(sha256Hex(ctx.rawBody));
      if (!digestsEqual(Buffer.from(bodyHashFromUrl(ctx.url)), expected)) {
        return fail(ctx.preset, "body does not match the bodySHA256 in the URL");
      }
    }
    return ok(ctx.preset, index);
  },
  sign(input) {
    const jsonBody = hasBodyHash(input.url);
    const params = jsonBody ? new Map<string, string[]>() : parseFormParams(input.rawBody);
    const signature = encodeDigest(hmac("sha1", input.secret, signedData(input.url, params)), "base64");
    // The content type tells the verifier to read the body as parameters, as Twilio's own requests do.
    return jsonBody
      ? { "content-type": "application/json", "x-twilio-signature": signature }
      : { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature };
  },
};
