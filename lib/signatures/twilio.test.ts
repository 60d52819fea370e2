import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { verifySignature } from "./verify";

/** Twilio-specific behaviour, checked against the official `twilio` library's own validators. */
const TOKEN = "12345678901234567890123456789012";
const NOW = 1_767_225_600;

const verify = (url: string, rawBody: string, headers: Record<string, string>, secrets = [TOKEN]) =>
  verifySignature({ preset: "twilio", secrets, rawBody, headers, url, nowSeconds: NOW, toleranceSeconds: 300 });

describe("twilio JSON bodies (bodySHA256 in the URL)", () => {
  const body = '{"ProfileSid":"BU123","Status":"completed"}';
  const url = `https://hooks.example.com/hooks/ep_1?bodySHA256=${twilio.getExpectedBodyHash(body)}`;
  const signature = twilio.getExpectedTwilioSignature(TOKEN, url, {});
  const headers = { "content-type": "application/json", "x-twilio-signature": signature };

  it("accepts what validateRequestWithBody accepts", () => {
    expect(twilio.validateRequestWithBody(TOKEN, signature, url, body)).toBe(true);
    expect(verify(url, body, headers)).toMatchObject({ valid: true, secretIndex: 0 });
  });

  it("rejects a body that does not hash to bodySHA256, as validateRequestWithBody does", () => {
    const tampered = body.replace("completed", "failed");
    expect(twilio.validateRequestWithBody(TOKEN, signature, url, tampered)).toBe(false);
    expect(verify(url, tampered, headers)).toEqual({
      valid: false,
      preset: "twilio",
      reason: "body does not match the bodySHA256 in the URL",
    });
  });

  it("rejects a URL whose bodySHA256 was swapped", () => {
    const forgedUrl = `https://hooks.example.com/hooks/ep_1?bodySHA256=${twilio.getExpectedBodyHash("{}")}`;
    expect(verify(forgedUrl, "{}", headers)).toMatchObject({ valid: false, reason: "signature does not match" });
  });
});

describe("twilio form bodies", () => {
  const url = "https://hooks.example.com/hooks/ep_1";
  const form = { "content-type": "application/x-www-form-urlencoded" };

  it("de-duplicates and sorts a repeated parameter's values like the library", () => {
    const body = "To=%2B1500&MediaUrl=b&MediaUrl=a&MediaUrl=b";
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, { To: "+1500", MediaUrl: ["b", "a", "b"] });
    expect(verify(url, body, { ...form, "x-twilio-signature": signature })).toMatchObject({ valid: true });
  });

  it("signs the URL alone when the body is not form-encoded", () => {
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, {});
    const headers = { "content-type": "text/plain", "x-twilio-signature": signature };
    expect(verify(url, "a=1", headers)).toMatchObject({ valid: true });
  });
});

describe("twilio URL spellings, differential against validateRequest", () => {
  const params = { CallSid: "CA1", From: "+15551234567" };
  const body = new URLSearchParams(params).toString();
  const headersFor = (signature: string) => ({
    "content-type": "application/x-www-form-urlencoded",
    "x-twilio-signature": signature,
  });
  const cases: Array<[signedUrl: string, receivedUrl: string]> = [
    ["https://hooks.example.com:443/hooks/ep_1?x=1", "https://hooks.example.com/hooks/ep_1?x=1"],
    ["https://hooks.example.com/hooks/ep_1?x=1", "https://hooks.example.com:443/hooks/ep_1?x=1"],
    ["http://hooks.example.com:80/h", "http://hooks.example.com/h"],
    ["https://hooks.example.com/h?name=O%27Brien", "https://hooks.example.com/h?name=O'Brien"],
    ["https://hooks.example.com/h?q=a b", "https://hooks.example.com/h?q=a b"],
    // Normalising escapes "<" and ">", so only the as-received spelling with the port added matches.
    ["https://hooks.example.com:443/h?n=<x>", "https://hooks.example.com/h?n=<x>"],
    ["https://hooks.example.com/h?x=1", "https://hooks.example.com/h?x=2"],
    ["https://hooks.example.com:8443/h", "https://hooks.example.com/h"],
    ["https://hooks.example.com/h/caf\u00e9", "https://hooks.example.com/h/caf%C3%A9"],
    ["https://hooks.example.com/h/caf%C3%A9", "https://hooks.example.com/h/caf\u00e9"],
  ];

  it.each(cases)("signed %s, received %s", (signedUrl, receivedUrl) => {
    const signature = twilio.getExpectedTwilioSignature(TOKEN, signedUrl, params);
    const expected = twilio.validateRequest(TOKEN, signature, receivedUrl, params);
    expect(verify(receivedUrl, body, headersFor(signature)).valid).toBe(expected);
  });
});
