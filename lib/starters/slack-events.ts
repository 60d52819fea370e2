import { starterGraph } from "./build";
import type { TStarter } from "./types";

/**
 * Slack Events API (docs.slack.dev "Using the Events API"): Slack signs every request, the url_verification
 * handshake included, so the signature is checked first; the handshake is answered with its challenge.
 */
export const slackEvents: TStarter = {
  id: "slack-events",
  title: "Slack: Events API",
  description:
    "Verifies Slack's request signature, answers the url_verification handshake with its challenge, and acknowledges every event with 200 (Slack wants an answer within 3 seconds).",
  provider: "Slack",
  env: ["SLACK_SIGNING_SECRET"],
  graph: starterGraph(
    [
      { id: "start", type: "webhook", at: [0, 0] },
      { id: "raw", type: "getRawInput", at: [0, 1], config: { encoding: "json", as: "payload" } },
      { id: "sig", type: "hmacVerify", at: [0, 2], config: { preset: "slack", secret: "$env.SLACK_SIGNING_SECRET" } },
      { id: "handshake", type: "conditional", at: [0, 3], config: { condition: "$payload.type = 'url_verification'" } },
      {
        id: "challenge",
        type: "response",
        at: [1, 4],
        config: { status: "200", body: "{ 'challenge': $payload.challenge }" },
      },
      { id: "event", type: "setVariable", at: [0, 4], config: { name: "event", value: "$payload.event" } },
      { id: "ok", type: "response", at: [0, 5], config: { status: "200" } },
    ],
    [
      ["start", "raw"],
      ["raw", "sig"],
      ["sig", "handshake"],
      ["handshake", "challenge", "true"],
      ["handshake", "event", "false"],
      ["event", "ok"],
    ],
  ),
};
