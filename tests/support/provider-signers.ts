/**
 * Test-only: how each provider signs a request, written with the provider's own npm library where one exists and
 * otherwise straight from its documented algorithm with node:crypto, independently of lib/signatures/schemes, so the tests
 * check our verifier against the providers rather than against itself.
 */
import { createHmac } from "node:crypto";
import { parse as parseQuery } from "node:querystring";
import { sign as octokitSign } from "@octokit/webhooks-methods";
import { Webhook } from "standardwebhooks";
import Stripe from "stripe";
import twilioLib from "twilio";
import type { TSignaturePresetId } from "@/lib/signatures/preset-list";
import type { TGenericConfig } from "@/lib/signatures/types";

export type TProviderSigner = {
  preset: TSignaturePresetId;
  /** Who computed the signature: a library name or "documented algorithm". */
  source: string;
  timestamped: boolean;
  /** The header that carries the signature (lower case); removing it must fail as "missing ...". */
  signatureHeader: string;
  body: string;
  url: string;
  generic?: TGenericConfig;
  /** A distinct, well-formed secret for this provider. */
  secret(n: number): string;
  sign(secret: string, body: string, url: string, timestamp: number): Promise<Record<string, string>>;
};

const stripeClient = new Stripe("sk_test_placeholder");
const mac = (algorithm: string, key: string, data: string, encoding: "hex" | "base64") =>
  createHmac(algorithm, key).update(data, "utf8").digest(encoding);

const JSON_BODY = '{"id":"evt_1","type":"invoice.paid","amount":4200,"note":"caf\u00e9 \u2713"}';
const FORM_BODY = "To=%2B15005550006&From=%2B15551234567&Body=Hello+world%21&MessageSid=SM123";
const MANDRILL_BODY = `mandrill_events=${encodeURIComponent('[{"event":"send","_id":"abc"}]')}`;
const HOOK_URL = "https://hooks.example.com/hooks/ep_123?source=test";

export const PROVIDER_SIGNERS: TProviderSigner[] = [
  {
    preset: "stripe",
    source: "stripe npm (generateTestHeaderString)",
    timestamped: true,
    signatureHeader: "stripe-signature",
    body: JSON_BODY,
    url: HOOK_URL,
    secret: (n) => `whsec_stripe_test_secret_${n}`,
    sign: async (secret, payload, _url, timestamp) => ({
      "stripe-signature": stripeClient.webhooks.generateTestHeaderString({ payload, secret, timestamp }),
    }),
  },
  {
    preset: "github",
    source: "@octokit/webhooks-methods (sign)",
    timestamped: false,
    signatureHeader: "x-hub-signature-256",
    body: JSON_BODY,
    url: HOOK_URL,
    secret: (n) => `github-secret-${n}`,
    sign: async (secret, payload) => ({ "x-hub-signature-256": await octokitSign(secret, payload) }),
  },
  {
    preset: "standard",
    source: "standardwebhooks npm (Webhook.sign)",
    timestamped: true,
    signatureHeader: "webhook-signature",
    body: JSON_BODY,
    url: HOOK_URL,
    secret: (n) => `whsec_${Buffer.from(`standard-webhooks-secret-number-${n}`).toString("base64")}`,
    sign: async (secret, payload, _url, timestamp) => {
      const id = `msg_fixture${timestamp}`;
      return {
        "webhook-id": id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": new Webhook(secret).sign(id, new Date(timestamp * 1000), payload),
      };
    },
  },
  {
    preset: "twilio",
    source: "twilio npm (getExpectedTwilioSignature)",
    timestamped: false,
    signatureHeader: "x-twilio-signature",
    body: FORM_BODY,
    url: "https://hooks.example.com/hooks/ep_123?channel=sms",
    secret: (n) => `twilio-auth-token-${n}`,
    sign: async (secret, payload, url) => ({
      "content-type": "application/x-www-form-urlencoded",
      // Parsed as Express's urlencoded middleware would hand the params to twilio.webhook().
      "x-twilio-signature": twilioLib.getExpectedTwilioSignature(secret, url, parseQuery(payload)),
    }),
  },
  {
    preset: "shopify",
    source: "documented algorithm (shopify.dev, base64 HMAC-SHA256 of the body)",
    timestamped: false,
    signatureHeader: "x-shopify-hmac-sha256",
    body: JSON_BODY,
    url: HOOK_URL,
    secret: (n) => `shpss_client_secret_${n}`,
    sign: async (secret, payload) => ({ "x-shopify-hmac-sha256": mac("sha256", secret, payload, "base64") }),
  },
  {
    preset: "slack",
    source: "documented algorithm (docs.slack.dev, v0:ts:body)",
    timestamped: true,
    signatureHeader: "x-slack-signature",
    body: "token=xyz&team_id=T1&command=%2Fdeploy&text=now",
    url: HOOK_URL,
    secret: (n) => `slack-signing-secret-${n}`,
    sign: async (secret, payload, _url, timestamp) => ({
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": `v0=${mac("sha256", secret, `v0:${timestamp}:${payload}`, "hex")}`,
    }),
  },
  {
    preset: "paddle",
    source: "documented algorithm (developer.paddle.com, ts:body)",
    timestamped: true,
    signatureHeader: "paddle-signature",
    body: JSON_BODY,
    url: HOOK_URL,
    secret: (n) => `pdl_ntfset_01fixture_secret_${n}`,
    sign: async (secret, payload, _url, timestamp) => ({
      "paddle-signature": `ts=${timestamp};h1=${mac("sha256", secret, `${timestamp}:${payload}`, "hex")}`,
    }),
  },
  {
    preset: "square",
    source: "documented algorithm (developer.squareup.com, url + body)",
    timestamped: false,
    signatureHeader: "x-square-hmacsha256-signature",
    body: JSON_BODY,
    url: HOOK_URL,
    secret: (n) => `square-signature-key-${n}`,
    sign: async (secret, payload, url) => ({
      "x-square-hmacsha256-signature": mac("sha256", secret, url + payload, "base64"),
    }),
  },
  {
    preset: "zoom",
    source: "documented algorithm (developers.zoom.us, v0:ts:body)",
    timestamped: true,
    signatureHeader: "x-zm-signature",
    body: '{"event":"meeting.started","payload":{"object":{"id":"1"}}}',
    url: HOOK_URL,
    secret: (n) => `zoom-secret-token-${n}`,
    sign: async (secret, payload, _url, timestamp) => ({
      "x-zm-request-timestamp": String(timestamp),
      "x-zm-signature": `v0=${mac("sha256", secret, `v0:${timestamp}:${payload}`, "hex")}`,
    }),
  },
  {
    preset: "meta",
    source: "documented algorithm (developers.facebook.com, sha256= of the body)",
    timestamped: false,
    signatureHeader: "x-hub-signature-256",
    body: '{"object":"page","entry":[{"id":"1","changes":[]}]}',
    url: HOOK_URL,
    secret: (n) => `meta-app-secret-${n}`,
    sign: async (secret, payload) => ({ "x-hub-signature-256": `sha256=${mac("sha256", secret, payload, "hex")}` }),
  },
  {
    preset: "intercom",
    source: "documented algorithm (developers.intercom.com, sha1= of the body)",
    timestamped: false,
    signatureHeader: "x-hub-signature",
    body: '{"type":"notification_event","topic":"conversation.user.created"}',
    url: HOOK_URL,
    secret: (n) => `intercom-client-secret-${n}`,
    sign: async (secret, payload) => ({ "x-hub-signature": `sha1=${mac("sha1", secret, payload, "hex")}` }),
  },
  {
    preset: "mailchimp",
    source: "documented algorithm (mailchimp.com/developer/transactional, url + sorted fields)",
    timestamped: false,
    signatureHeader: "x-mandrill-signature",
    body: MANDRILL_BODY,
    url: "https://hooks.example.com/hooks/ep_mandrill",
    secret: (n) => `mandrill-webhook-key-${n}`,
    sign: async (secret, payload, url) => {
      const fields = new URLSearchParams(payload);
      const data =
        url +
        [...fields.keys()]
          .sort()
          .map((key) => key + (fields.get(key) ?? ""))
          .join("");
      return {
        "content-type": "application/x-www-form-urlencoded",
        "x-mandrill-signature": mac("sha1", secret, data, "base64"),
      };
    },
  },
  {
    preset: "appwrite",
    source: "Appwrite's webhooks worker: base64_encode(hash_hmac('sha1', $url . $payload, $key, true))",
    timestamped: false,
    signatureHeader: "x-appwrite-webhook-signature",
    body: '{"$id":"6512","events":["users.*.create"]}',
    url: HOOK_URL,
    secret: (n) => `appwrite-signature-key-${n}`,
    sign: async (secret, payload, url) => ({
      "x-appwrite-webhook-signature": mac("sha1", secret, url + payload, "base64"),
    }),
  },
  {
    preset: "generic",
    source: "node:crypto with the generic settings",
    timestamped: false,
    signatureHeader: "x-acme-signature",
    body: JSON_BODY,
    url: HOOK_URL,
    generic: { header: "X-Acme-Signature", algorithm: "sha512", encoding: "base64", prefix: "sha512=" },
    secret: (n) => `generic-secret-${n}`,
    sign: async (secret, payload) => ({ "x-acme-signature": `sha512=${mac("sha512", secret, payload, "base64")}` }),
  },
];
