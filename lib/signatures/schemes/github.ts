import { singleHeaderScheme } from "./single-header";

/** docs.github.com "Validating webhook deliveries"; the legacy SHA-1 header is deliberately not accepted. */
export const github = singleHeaderScheme({
  header: "X-Hub-Signature-256",
  algorithm: "sha256",
  encoding: "hex",
  prefix: "sha256=",
  signedContent: ({ rawBody }) => [rawBody],
});
