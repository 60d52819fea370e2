import { SIGNATURE_PRESETS } from "@/lib/signatures/preset-list";

/** Where to paste the live URL at a provider, and what else it asks for. Isomorphic. */
export type TSetupInstructions = { provider: string; steps: string[] };

type TGraphLike = { nodes: readonly { type: string; config?: Record<string, unknown> }[] };

/** `$env.NAME` of a secret field, for "paste this secret" steps. */
const envOf = (value: unknown) =>
  typeof value === "string" ? /^\$env\.([A-Z_][A-Z0-9_]*)$/.exec(value.trim())?.[1] : undefined;

const STEPS: Record<string, (secret: string) => string[]> = {
  stripe: (s) => [
    "Stripe Dashboard › Developers › Webhooks › Add endpoint: paste the URL as the endpoint URL.",
    "Select the events the stack handles (e.g. invoice.paid).",
    `Reveal the endpoint's signing secret (whsec_…) and store it as ${s} on the Variables page.`,
  ],
  github: (s) => [
    "Repository (or organization) › Settings › Webhooks › Add webhook: paste the URL as the Payload URL.",
    "Content type: application/json.",
    `Secret: the value of ${s} (the same text on both sides).`,
    "Which events: “Just the push event” (or pick the ones the stack handles).",
  ],
  shopify: (s) => [
    "Shopify admin › Settings › Notifications › Webhooks › Create webhook (or the app's webhook subscriptions): paste the URL.",
    "Event: Order creation; format: JSON.",
    `Store the app's API secret key (or the key shown under the webhooks list) as ${s}.`,
  ],
  slack: (s) => [
    "api.slack.com/apps › your app › Event Subscriptions: turn events on and paste the URL as the Request URL (Slack sends a url_verification challenge the stack answers).",
    "Subscribe to the bot or workspace events the stack handles.",
    `Basic Information › Signing Secret: store it as ${s}.`,
  ],
  zoom: (s) => [
    "Zoom App Marketplace › your app › Feature › Event Subscriptions: paste the URL as the Event notification endpoint URL, then Validate.",
    `Secret Token: store it as ${s} before you validate.`,
    "Add the events the stack handles.",
  ],
  meta: (s) => [
    "Meta for Developers › your app › Webhooks (or WhatsApp › Configuration): paste the URL as the Callback URL.",
    "Verify token: the value of the variable the Verify token node reads; Meta sends a GET handshake the stack answers.",
    `App Settings › Basic › App Secret: store it as ${s}.`,
    "Subscribe to the fields the stack handles.",
  ],
};

/**
 * What to do at the provider once the stack is live, from the provider preset of its signature check (the first
 * `hmacVerify` node); a stack without one gets the generic steps.
 */
export function setupInstructions(graph: TGraphLike): TSetupInstructions {
  const sig = graph.nodes.find((n) => n.type === "hmacVerify");
  const preset = String(sig?.config?.preset ?? "generic");
  const secret = envOf(sig?.config?.secret) ?? "the variable the signature node reads";
  const known = SIGNATURE_PRESETS.find((p) => p.id === preset);
  const steps = STEPS[preset];
  if (known && steps) return { provider: known.label, steps: steps(secret) };
  if (known && preset !== "generic") {
    return {
      provider: known.label,
      steps: [
        `Paste the URL where ${known.label.split(" (")[0]} asks for a webhook URL.`,
        `${known.help} Store it as ${secret}.`,
      ],
    };
  }
  return {
    provider: "your provider",
    steps: [
      "Paste the URL where your provider asks for a webhook (callback, notification) URL.",
      sig
        ? `Give it the same shared secret as ${secret}.`
        : "Send JSON with POST; the stack answers as its Response node says.",
    ],
  };
}
