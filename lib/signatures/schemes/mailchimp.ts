import { bodyText } from "../internal/crypto";
import { isFormRequest, parseFormParams, sortedKeys } from "../internal/form";
import { singleHeaderScheme, type TSignedRequest } from "./single-header";

/**
 * mailchimp.com/developer/transactional/guides/track-respond-activity-webhooks ("Authenticating webhook requests"):
 * the webhook URL, then every POST field's name and value, names sorted (PHP `ksort`). PHP keeps the last value of
 * a repeated name, so this does too.
 */
function signedContent({ url, rawBody, headers }: TSignedRequest): string[] {
  if (!isFormRequest(headers)) return [url];
  const params = parseFormParams(bodyText(rawBody));
  let data = url;
  for (const key of sortedKeys(params)) data += key + (params.get(key)?.at(-1) ?? "");
  return [data];
}

export const mailchimp = singleHeaderScheme({
  header: "X-Mandrill-Signature",
  algorithm: "sha1",
  encoding: "base64",
  signedContent,
  extraHeaders: { "content-type": "application/x-www-form-urlencoded" },
});
