import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SIGNATURE_PRESET_IDS } from "./preset-list";
import { signRequest } from "./sign";
import { verifySignature, type TVerifyInput } from "./verify";

const NOW = 1_767_225_600;
const BODY = '{"id":"evt_1","amount":4200}';
const URL_ = "https://hooks.example.com/hooks/ep_1";
const GENERIC = { header: "X-Signature", algorithm: "sha256", encoding: "hex", prefix: "sha256=" } as const;
const secretFor = (preset: string, n = 1) =>
  preset === "standard" ? `whsec_${Buffer.from(`a-standard-secret-${n}`).toString("base64")}` : `secret-${preset}-${n}`;

function input(overrides: Partial<TVerifyInput> & Pick<TVerifyInput, "preset">): TVerifyInput {
  return {
    secrets: [secretFor(overrides.preset)],
    rawBody: BODY,
    headers: {},
    url: URL_,
    nowSeconds: NOW,
    toleranceSeconds: 300,
    generic: GENERIC,
    ...overrides,
  };
}

const signed = (preset: TVerifyInput["preset"], secret = secretFor(preset)) =>
  signRequest({ preset, secret, rawBody: BODY, url: URL_, nowSeconds: NOW, generic: GENERIC }).headers;

describe("configuration problems", () => {
  it("rejects an empty secret list, and a list of blanks", () => {
    const headers = signed("github");
    for (const secrets of [[], ["", "  "]]) {
      expect(verifySignature(input({ preset: "github", secrets, headers }))).toEqual({
        valid: false,
        preset: "github",
        reason: "no signing secret configured",
      });
    }
  });

  it("skips blank secrets but reports the matching secret's position in the caller's list", () => {
    const headers = signed("github");
    const result = verifySignature(input({ preset: "github", secrets: ["", secretFor("github")], headers }));
    expect(result).toMatchObject({ valid: true, secretIndex: 1 });
  });

  it("hints at whitespace around a secret when nothing matches", () => {
    const headers = signed("github");
    const result = verifySignature(input({ preset: "github", secrets: [`${secretFor("github")}\n`], headers }));
    expect(result).toMatchObject({
      valid: false,
      reason: "signature does not match (a signing secret has leading or trailing whitespace)",
    });
  });

  it("rejects an unknown preset at run time", () => {
    const result = verifySignature(input({ preset: "nope" as TVerifyInput["preset"] }));
    expect(result).toEqual({ valid: false, preset: "nope", reason: 'unknown signature preset "nope"' });
  });

  it("explains incomplete generic settings", () => {
    const noHeader = verifySignature(input({ preset: "generic", generic: { ...GENERIC, header: " " } }));
    expect(noHeader).toMatchObject({ valid: false, reason: "generic preset needs a signature header name" });
    const badAlgorithm = { ...GENERIC, algorithm: "md5" as "sha1" };
    expect(verifySignature(input({ preset: "generic", generic: badAlgorithm }))).toMatchObject({
      valid: false,
      reason: expect.stringContaining('unsupported algorithm "md5"'),
    });
  });

  it("rejects a Standard Webhooks secret that is not base64", () => {
    const headers = signed("standard");
    const result = verifySignature(input({ preset: "standard", secrets: ["whsec_not*base64!"], headers }));
    expect(result).toMatchObject({ valid: false, reason: "signing secret is not valid base64 (expected whsec_...)" });
  });

  it("falls back to a 300 s tolerance when the given one is not a positive number", () => {
    const headers = signRequest({
      preset: "slack",
      secret: "s",
      rawBody: BODY,
      url: URL_,
      nowSeconds: NOW - 200,
    }).headers;
    const result = verifySignature(input({ preset: "slack", secrets: ["s"], headers, toleranceSeconds: Number.NaN }));
    expect(result).toMatchObject({ valid: true });
  });
});

describe("header handling", () => {
  it("finds headers whatever their case", () => {
    const headers = Object.fromEntries(Object.entries(signed("stripe")).map(([k, v]) => [k.toUpperCase(), v]));
    expect(verifySignature(input({ preset: "stripe", headers }))).toMatchObject({ valid: true });
  });

  it("accepts Svix's header names for Standard Webhooks", () => {
    const headers = Object.fromEntries(
      Object.entries(signed("standard")).map(([k, v]) => [k.replace("webhook-", "svix-"), v]),
    );
    expect(verifySignature(input({ preset: "standard", headers }))).toMatchObject({ valid: true, timestamp: NOW });
  });

  it("checks every v1 in a Stripe header and ignores v0", () => {
    const good = signed("stripe")["stripe-signature"] ?? "";
    const v1 = good.split("v1=")[1];
    const header = `t=${NOW},v0=${"0".repeat(64)},v1=${"ab".repeat(32)},v1=${v1}`;
    expect(verifySignature(input({ preset: "stripe", headers: { "stripe-signature": header } }))).toMatchObject({
      valid: true,
    });
  });

  it("checks every h1 in a Paddle header", () => {
    const good = signed("paddle")["paddle-signature"] ?? "";
    const h1 = good.split("h1=")[1];
    const header = `ts=${NOW};h1=${"cd".repeat(32)};h1=${h1}`;
    expect(verifySignature(input({ preset: "paddle", headers: { "paddle-signature": header } }))).toMatchObject({
      valid: true,
    });
  });

  it.each([
    ["stripe", { "stripe-signature": "v1=abcd" }, "malformed Stripe-Signature header (expected t=...,v1=...)"],
    ["stripe", { "stripe-signature": `t=${NOW},v0=abcd` }, "Stripe-Signature header has no v1 signature"],
    ["paddle", { "paddle-signature": "ts=soon;h1=ab" }, "malformed Paddle-Signature header (expected ts=...;h1=...)"],
    [
      "github",
      { "x-hub-signature-256": "sha1=abcd" },
      'malformed X-Hub-Signature-256 header (expected "sha256=<hex signature>")',
    ],
    ["github", { "x-hub-signature-256": "sha256=xyz" }, "malformed X-Hub-Signature-256 header (signature is not hex)"],
    [
      "shopify",
      { "x-shopify-hmac-sha256": "not base64!" },
      "malformed X-Shopify-Hmac-Sha256 header (signature is not base64)",
    ],
    ["slack", { "x-slack-signature": "v0=ab" }, "missing X-Slack-Request-Timestamp header"],
    [
      "slack",
      { "x-slack-signature": "v0=ab", "x-slack-request-timestamp": "-5" },
      "malformed X-Slack-Request-Timestamp header (expected unix seconds)",
    ],
    ["standard", { "webhook-signature": "v1,AAAA", "webhook-timestamp": String(NOW) }, "missing webhook-id header"],
    [
      "standard",
      { "webhook-id": "msg_1", "webhook-timestamp": String(NOW), "webhook-signature": "v1a,AAAA" },
      "webhook-signature header has no v1 signature",
    ],
  ] as const)("%s: %j -> %s", (preset, headers, reason) => {
    expect(verifySignature(input({ preset, headers }))).toEqual({ valid: false, preset, reason });
  });

  it("reads a 13-digit Zoom timestamp as milliseconds", () => {
    const ms = String(NOW * 1000);
    const digest = createHmac("sha256", "z").update(`v0:${ms}:${BODY}`).digest("hex");
    const headers = { "x-zm-request-timestamp": ms, "x-zm-signature": `v0=${digest}` };
    expect(verifySignature(input({ preset: "zoom", secrets: ["z"], headers }))).toMatchObject({
      valid: true,
      timestamp: NOW,
    });
  });
});

describe("robustness", () => {
  /** A well-formed signature of the wrong length (16 bytes) in the preset's own encoding and place. */
  function shortSignatureHeaders(preset: TVerifyInput["preset"]): Record<string, string> {
    const hex = "ab".repeat(16);
    const b64 = Buffer.from(hex, "hex").toString("base64");
    const headers = { ...signed(preset) };
    for (const [name, value] of Object.entries(headers)) {
      if (name === "content-type" || name.endsWith("-id") || name.endsWith("timestamp")) continue;
      headers[name] = value
        .replace(/(v1=|h1=|v0=|sha256=|sha1=)[0-9a-f]+/g, `$1${hex}`)
        .replace(/^(v1,)?[A-Za-z0-9+/]+=*$/, (_m, p: string | undefined) => `${p ?? ""}${b64}`);
    }
    return headers;
  }

  it.each(SIGNATURE_PRESET_IDS.map((p) => [p]))(
    "%s: a signature of a different length is a mismatch, not a throw",
    (preset) => {
      const result = verifySignature(input({ preset, headers: shortSignatureHeaders(preset) }));
      expect(result).toEqual({ valid: false, preset, reason: "signature does not match" });
    },
  );

  it.each(SIGNATURE_PRESET_IDS.map((p) => [p]))(
    "%s: failure reasons never contain the secret or the expected signature",
    (preset) => {
      const secret = secretFor(preset, 7);
      const expectedValues = Object.values(signed(preset, secret));
      const attempts = [
        input({ preset, secrets: [secret], headers: signed(preset), rawBody: BODY }),
        input({ preset, secrets: [secret], headers: signed(preset, secret), rawBody: `${BODY} ` }),
        input({ preset, secrets: [secret], headers: {} }),
      ];
      for (const attempt of attempts) {
        const result = verifySignature(attempt);
        expect(result.valid).toBe(false);
        const reason = "reason" in result ? result.reason : "";
        expect(reason).not.toContain(secret);
        for (const value of expectedValues) if (value.length > 12) expect(reason).not.toContain(value);
      }
    },
  );

  it("never throws on hostile input shapes", () => {
    const hostile = { preset: "stripe", secrets: [undefined, 3, "s"], headers: { "stripe-signature": undefined } };
    expect(() =>
      verifySignature({ ...input({ preset: "stripe" }), ...(hostile as unknown as TVerifyInput) }),
    ).not.toThrow();
    expect(verifySignature(input({ preset: "twilio", url: "not a url", headers: signed("twilio") }))).toMatchObject({
      valid: false,
    });
  });
});
