import { starterGraph } from "./build";
import type { TStarter } from "./types";

/**
 * Meta webhooks (developers.facebook.com "Getting started": verification requests and event notifications).
 * The subscription handshake is a GET carrying hub.mode, hub.verify_token and hub.challenge; events are POSTs
 * signed with the app secret (X-Hub-Signature-256).
 */
export const metaVerify: TStarter = {
  id: "meta-verify",
  title: "Meta: verification and events",
  description:
    "Answers Meta's GET subscription handshake (hub.challenge) when the verify token matches, 403 otherwise; verifies the app-secret signature on event POSTs and acknowledges them. Facebook, Instagram and WhatsApp webhooks.",
  provider: "Meta",
  env: ["META_VERIFY_TOKEN", "META_APP_SECRET"],
  settings: { allowedMethods: ["GET", "POST"] },
  graph: starterGraph(
    [
      { id: "start", type: "webhook", at: [0, 0] },
      { id: "isGet", type: "conditional", at: [0, 1], config: { condition: "$request.method = 'GET'" } },
      {
        id: "subscribe",
        type: "conditional",
        at: [1, 2],
        config: { condition: "$request.query.'hub.mode' = 'subscribe'" },
      },
      {
        id: "token",
        type: "verifyToken",
        at: [1, 3],
        config: { source: "query", name: "hub.verify_token", token: "$env.META_VERIFY_TOKEN", failStatus: 403 },
      },
      {
        id: "challenge",
        type: "response",
        at: [1, 4],
        config: {
          status: "200",
          headers: { "content-type": "'text/plain; charset=utf-8'", "x-content-type-options": "'nosniff'" },
          body: "$request.query.'hub.challenge'",
        },
      },
      {
        id: "forbidden",
        type: "response",
        at: [2, 3],
        config: { status: "403", body: "{ 'error': 'verification failed' }" },
      },
      { id: "raw", type: "getRawInput", at: [0, 2], config: { encoding: "json", as: "payload" } },
      { id: "sig", type: "hmacVerify", at: [0, 3], config: { preset: "meta", secret: "$env.META_APP_SECRET" } },
      { id: "ok", type: "response", at: [0, 4], config: { status: "200", body: "'EVENT_RECEIVED'" } },
    ],
    [
      ["start", "isGet"],
      ["isGet", "subscribe", "true"],
      ["subscribe", "token", "true"],
      ["subscribe", "forbidden", "false"],
      ["token", "challenge"],
      ["isGet", "raw", "false"],
      ["raw", "sig"],
      ["sig", "ok"],
    ],
  ),
};
