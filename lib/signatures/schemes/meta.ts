import { singleHeaderScheme } from "./single-header";

/** Meta Graph API webhooks: the app secret signs the raw body (which Meta sends with unicode escaped). */
export const meta = singleHeaderScheme({
  header: "X-Hub-Signature-256",
  algorithm: "sha256",
  encoding: "hex",
  prefix: "sha256=",
  signedContent: ({ rawBody }) => [rawBody],
});
