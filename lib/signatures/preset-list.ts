/**
 * The signature schemes a person can pick in `hmacVerify`. Isomorphic: the editor lists them, the server verifies
 * them (./verify.ts). `hasTimestamp` presets reject requests older than the node's tolerance; `usesUrl` presets sign
 * the public URL, so it must be the one configured at the provider. `header` is the signature header as the provider
 * spells it (empty for generic: configured), `help` says which secret to paste.
 */
export const SIGNATURE_PRESETS = [
  {
    id: "generic",
    label: "Generic HMAC",
    hasTimestamp: false,
    usesUrl: false,
    header: "",
    help: "Any HMAC scheme: pick the header, algorithm, encoding and prefix, and what was signed (the raw body by default).",
  },
  {
    id: "stripe",
    label: "Stripe",
    hasTimestamp: true,
    usesUrl: false,
    header: "Stripe-Signature",
    help: "The endpoint's signing secret (whsec_...) from the Stripe dashboard; signs the timestamp and raw body.",
  },
  {
    id: "github",
    label: "GitHub",
    hasTimestamp: false,
    usesUrl: false,
    header: "X-Hub-Signature-256",
    help: "The webhook's secret; GitHub sends sha256=<hex> of the raw body.",
  },
  {
    id: "shopify",
    label: "Shopify",
    hasTimestamp: false,
    usesUrl: false,
    header: "X-Shopify-Hmac-Sha256",
    help: "The app's client secret; Shopify sends base64 HMAC-SHA256 of the raw body.",
  },
  {
    id: "slack",
    label: "Slack",
    hasTimestamp: true,
    usesUrl: false,
    header: "X-Slack-Signature",
    help: "The app's signing secret (Basic Information); signs v0:timestamp:raw body.",
  },
  {
    id: "standard",
    label: "Standard Webhooks / Svix",
    hasTimestamp: true,
    usesUrl: false,
    header: "webhook-signature",
    help: "The endpoint's whsec_... secret (Svix, Resend, Clerk, ...); also reads svix-* headers.",
  },
  {
    id: "twilio",
    label: "Twilio",
    hasTimestamp: false,
    usesUrl: true,
    header: "X-Twilio-Signature",
    help: "Your Twilio auth token; signs this endpoint's full public URL plus the form fields.",
  },
  {
    id: "appwrite",
    label: "Appwrite",
    hasTimestamp: false,
    usesUrl: true,
    header: "X-Appwrite-Webhook-Signature",
    help: "The webhook's signature key; Appwrite signs the webhook URL followed by the body.",
  },
  {
    id: "paddle",
    label: "Paddle",
    hasTimestamp: true,
    usesUrl: false,
    header: "Paddle-Signature",
    help: "The notification destination's secret key (pdl_ntfset_...); signs ts:raw body.",
  },
  {
    id: "square",
    label: "Square",
    hasTimestamp: false,
    usesUrl: true,
    header: "X-Square-HmacSha256-Signature",
    help: "The subscription's signature key; Square signs the notification URL followed by the body.",
  },
  {
    id: "zoom",
    label: "Zoom",
    hasTimestamp: true,
    usesUrl: false,
    header: "x-zm-signature",
    help: "The app's webhook secret token; signs v0:timestamp:raw body.",
  },
  {
    id: "meta",
    label: "Meta (Facebook, WhatsApp, Instagram)",
    hasTimestamp: false,
    usesUrl: false,
    header: "X-Hub-Signature-256",
    help: "The app secret (App settings > Basic); Meta sends sha256=<hex> of the raw body.",
  },
  {
    id: "intercom",
    label: "Intercom",
    hasTimestamp: false,
    usesUrl: false,
    header: "X-Hub-Signature",
    help: "The app's client secret; Intercom sends sha1=<hex> of the raw body.",
  },
  {
    id: "mailchimp",
    label: "Mailchimp Transactional (Mandrill)",
    hasTimestamp: false,
    usesUrl: true,
    header: "X-Mandrill-Signature",
    help: "The webhook's key; Mandrill signs the webhook URL plus the POST fields.",
  },
] as const;

export type TSignaturePresetId = (typeof SIGNATURE_PRESETS)[number]["id"];

export const SIGNATURE_PRESET_IDS = SIGNATURE_PRESETS.map((p) => p.id) as unknown as readonly [
  TSignaturePresetId,
  ...TSignaturePresetId[],
];

export const HMAC_ALGORITHMS = ["sha1", "sha256", "sha384", "sha512"] as const;
export type THmacAlgorithm = (typeof HMAC_ALGORITHMS)[number];

export const SIGNATURE_ENCODINGS = ["hex", "base64"] as const;
export type TSignatureEncoding = (typeof SIGNATURE_ENCODINGS)[number];
