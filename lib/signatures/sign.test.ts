import { parse as parseQuery } from "node:querystring";
import { verify as octokitVerify } from "@octokit/webhooks-methods";
import { Webhook } from "standardwebhooks";
import Stripe from "stripe";
import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { SIGNATURE_PRESETS } from "./preset-list";
import { signRequest } from "./sign";
import { verifySignature } from "./verify";

const NOW = 1_767_225_600;
const URL_ = "https://hooks.example.com/hooks/ep_1?env=test";
const GENERIC = { header: "X-Signature", algorithm: "sha384", encoding: "base64", prefix: "v1=" } as const;
const secretFor = (preset: string) =>
  preset === "standard" ? `whsec_${Buffer.from("round-trip-secret-bytes").toString("base64")}` : `round-trip-${preset}`;
/** Form bodies where the provider posts forms, JSON elsewhere. */
const bodyFor = (preset: string) =>
  preset === "twilio" || preset === "mailchimp" ? "Body=Hi+there&From=%2B1555&Body=again" : '{"ok":true,"n":1}';

describe("signRequest round trip", () => {
  it.each(SIGNATURE_PRESETS.map((p) => [p.id, p] as const))(
    "%s: what it signs, verifySignature accepts",
    (_id, preset) => {
      const secret = secretFor(preset.id);
      const rawBody = bodyFor(preset.id);
      const { headers } = signRequest({
        preset: preset.id,
        secret,
        rawBody,
        url: URL_,
        nowSeconds: NOW,
        generic: GENERIC,
      });
      expect(headers[preset.header.toLowerCase() || "x-signature"]).toBeTruthy();
      const result = verifySignature({
        preset: preset.id,
        secrets: [secret],
        rawBody,
        headers,
        url: URL_,
        nowSeconds: NOW,
        toleranceSeconds: 300,
        generic: GENERIC,
      });
      expect(result).toEqual(
        preset.hasTimestamp
          ? { valid: true, preset: preset.id, timestamp: NOW, secretIndex: 0 }
          : { valid: true, preset: preset.id, secretIndex: 0 },
      );
    },
  );

  it("emits lower-case header names", () => {
    for (const preset of SIGNATURE_PRESETS) {
      const { headers } = signRequest({
        preset: preset.id,
        secret: secretFor(preset.id),
        rawBody: "{}",
        url: URL_,
        nowSeconds: NOW,
        generic: GENERIC,
      });
      for (const name of Object.keys(headers)) expect(name).toBe(name.toLowerCase());
    }
  });

  it("gives Standard Webhooks a fresh msg_ id, or the one asked for", () => {
    const sign = (webhookId?: string) =>
      signRequest({
        preset: "standard",
        secret: secretFor("standard"),
        rawBody: "{}",
        url: URL_,
        nowSeconds: NOW,
        webhookId,
      }).headers;
    const a = sign()["webhook-id"];
    expect(a).toMatch(/^msg_[A-Za-z0-9]{20,}$/);
    expect(sign()["webhook-id"]).not.toBe(a);
    expect(sign("msg_fixed")["webhook-id"]).toBe("msg_fixed");
  });

  it("refuses settings it cannot sign with", () => {
    const base = { secret: "s", rawBody: "{}", url: URL_, nowSeconds: NOW };
    expect(() => signRequest({ ...base, preset: "generic" })).toThrow("generic preset needs a signature header name");
    expect(() => signRequest({ ...base, preset: "standard", secret: "whsec_***" })).toThrow("not valid base64");
    expect(() => signRequest({ ...base, preset: "github", secret: "" })).toThrow("no signing secret given");
  });
});

/** Our signer must produce what the providers' own verifiers accept; they read the real clock. */
describe("signRequest output accepted by the providers' own libraries", () => {
  const now = Math.floor(Date.now() / 1000);
  const body = '{"id":"evt_1","object":"event","type":"invoice.paid"}';

  it("stripe.webhooks.constructEvent", () => {
    const secret = "whsec_test_roundtrip";
    const { headers } = signRequest({ preset: "stripe", secret, rawBody: body, url: URL_, nowSeconds: now });
    const event = new Stripe("sk_test_placeholder").webhooks.constructEvent(
      body,
      headers["stripe-signature"] ?? "",
      secret,
    );
    expect(event.id).toBe("evt_1");
  });

  it("@octokit/webhooks-methods verify", async () => {
    const { headers } = signRequest({ preset: "github", secret: "gh", rawBody: body, url: URL_, nowSeconds: now });
    expect(await octokitVerify("gh", body, headers["x-hub-signature-256"] ?? "")).toBe(true);
  });

  it("standardwebhooks Webhook.verify", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const { headers } = signRequest({ preset: "standard", secret, rawBody: body, url: URL_, nowSeconds: now });
    expect(new Webhook(secret).verify(body, headers)).toMatchObject({ id: "evt_1" });
  });

  it("twilio.validateRequest for a form body", () => {
    const form = "CallSid=CA1&From=%2B15551234567&Digits=1";
    const { headers } = signRequest({ preset: "twilio", secret: "tok", rawBody: form, url: URL_, nowSeconds: now });
    expect(twilio.validateRequest("tok", headers["x-twilio-signature"] ?? "", URL_, parseQuery(form))).toBe(true);
  });

  it("twilio.validateRequestWithBody for a JSON body", () => {
    const url = `https://hooks.example.com/hooks/ep_1?bodySHA256=${twilio.getExpectedBodyHash(body)}`;
    const { headers } = signRequest({ preset: "twilio", secret: "tok", rawBody: body, url, nowSeconds: now });
    expect(twilio.validateRequestWithBody("tok", headers["x-twilio-signature"] ?? "", url, body)).toBe(true);
  });
});
