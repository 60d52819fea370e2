import { starterGraph } from "./build";
import type { TStarter } from "./types";

/**
 * Zoom webhooks (developers.zoom.us "Validate your webhook endpoint"). The signature is checked before the
 * endpoint.url_validation answer, as Zoom's own sample does: answering unsigned requests would hand anyone
 * HMAC(secret, any text), and with `v0:{timestamp}:{body}` as the "plainToken" that is a valid Zoom signature.
 */
export const zoomUrlValidation: TStarter = {
  id: "zoom-url-validation",
  title: "Zoom: URL validation and events",
  description:
    "Verifies Zoom's signature, answers the endpoint.url_validation challenge with the plainToken and its HMAC, and acknowledges every other event with 200.",
  provider: "Zoom",
  env: ["ZOOM_SECRET_TOKEN"],
  graph: starterGraph(
    [
      { id: "start", type: "webhook", at: [0, 0] },
      { id: "raw", type: "getRawInput", at: [0, 1], config: { encoding: "json", as: "payload" } },
      { id: "sig", type: "hmacVerify", at: [0, 2], config: { preset: "zoom", secret: "$env.ZOOM_SECRET_TOKEN" } },
      {
        id: "validation",
        type: "conditional",
        at: [0, 3],
        config: { condition: "$payload.event = 'endpoint.url_validation'" },
      },
      {
        id: "challenge",
        type: "response",
        at: [1, 4],
        config: {
          status: "200",
          body: "{ 'plainToken': $payload.payload.plainToken, 'encryptedToken': $hmac('sha256', $env.ZOOM_SECRET_TOKEN, $payload.payload.plainToken, 'hex') }",
        },
      },
      { id: "event", type: "setVariable", at: [0, 4], config: { name: "event", value: "$payload" } },
      { id: "ok", type: "response", at: [0, 5], config: { status: "200" } },
    ],
    [
      ["start", "raw"],
      ["raw", "sig"],
      ["sig", "validation"],
      ["validation", "challenge", "true"],
      ["validation", "event", "false"],
      ["event", "ok"],
    ],
  ),
};
