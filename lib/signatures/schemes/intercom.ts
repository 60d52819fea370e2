import { singleHeaderScheme } from "./single-header";

/** Intercom signs the raw body with the app's client secret, SHA-1 only. */
export const intercom = singleHeaderScheme({
  header: "X-Hub-Signature",
  algorithm: "sha1",
  encoding: "hex",
  prefix: "sha1=",
  signedContent: ({ rawBody }) => [rawBody],
});
