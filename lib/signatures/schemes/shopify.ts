import { singleHeaderScheme } from "./single-header";

/** Shopify signs the raw body with the app's client secret; base64, no prefix. */
export const shopify = singleHeaderScheme({
  header: "X-Shopify-Hmac-Sha256",
  algorithm: "sha256",
  encoding: "base64",
  signedContent: ({ rawBody }) => [rawBody],
});
