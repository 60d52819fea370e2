import { singleHeaderScheme } from "./single-header";

/** Square signs the notification URL registered for the subscription followed by the raw body. */
export const square = singleHeaderScheme({
  header: "X-Square-HmacSha256-Signature",
  algorithm: "sha256",
  encoding: "base64",
  signedContent: ({ url, rawBody }) => [[url, rawBody]],
});
