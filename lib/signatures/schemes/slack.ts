import { versionedTimestampScheme } from "./versioned-timestamp";

/** docs.slack.dev "Verifying requests from Slack". */
export const slack = versionedTimestampScheme({
  signatureHeader: "X-Slack-Signature",
  timestampHeader: "X-Slack-Request-Timestamp",
});
