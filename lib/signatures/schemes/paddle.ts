import { keyedListScheme } from "./keyed-list";

/** Paddle Billing, developer.paddle.com/webhooks/signature-verification (not Paddle Classic's p_signature). */
export const paddle = keyedListScheme({
  header: "Paddle-Signature",
  separator: ";",
  timestampKey: "ts",
  signatureKey: "h1",
  content: (timestamp, body) => [timestamp, ":", body],
});
