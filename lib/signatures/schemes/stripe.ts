import { keyedListScheme } from "./keyed-list";

/** docs.stripe.com/webhooks "Verify manually": the whole `whsec_...` string is the HMAC key. */
export const stripe = keyedListScheme({
  header: "Stripe-Signature",
  separator: ",",
  timestampKey: "t",
  signatureKey: "v1",
  content: (timestamp, body) => [timestamp, ".", body],
});
