import { describe, expect, it } from "vitest";
import { verifySignature, type TVerifyInput } from "./verify";

/** Vectors published by the providers themselves, verified exactly as printed. */
const base = { url: "", toleranceSeconds: 300 } as const;
const check = (input: Omit<TVerifyInput, "url" | "toleranceSeconds"> & { url?: string }) =>
  verifySignature({ ...base, ...input });

describe("providers' published vectors", () => {
  it("Slack: the worked example on https://docs.slack.dev/authentication/verifying-requests-from-slack", () => {
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    const result = check({
      preset: "slack",
      secrets: ["8f742231b10e8888abcd99yyyzzz85a5"],
      rawBody: body,
      headers: {
        "x-slack-request-timestamp": "1531420618",
        "x-slack-signature": "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
      },
      nowSeconds: 1531420618 + 30,
    });
    expect(result).toEqual({ valid: true, preset: "slack", timestamp: 1531420618, secretIndex: 0 });
  });

  it("GitHub: the example on https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries", () => {
    const result = check({
      preset: "github",
      secrets: ["It's a Secret to Everybody"],
      rawBody: "Hello, World!",
      headers: { "x-hub-signature-256": "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17" },
      nowSeconds: 0,
    });
    expect(result).toEqual({ valid: true, preset: "github", secretIndex: 0 });
  });

  it("Square: the curl example on https://developer.squareup.com/docs/webhooks/step3validate", () => {
    const result = check({
      preset: "square",
      secrets: ["asdf1234"],
      rawBody: '{"hello":"world"}',
      url: "https://example.com/webhook",
      headers: { "x-square-hmacsha256-signature": "2kRE5qRU2tR+tBGlDwMEw2avJ7QM4ikPYD/PJ3bd9Og=" },
      nowSeconds: 0,
    });
    expect(result).toEqual({ valid: true, preset: "square", secretIndex: 0 });
  });

  it("Standard Webhooks: the specification's test vector (github.com/standard-webhooks/standard-webhooks)", () => {
    const headers = {
      "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
      "webhook-timestamp": "1614265330",
      "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    };
    const input = { preset: "standard", rawBody: '{"test": 2432232314}', headers, nowSeconds: 1614265330 } as const;
    expect(check({ ...input, secrets: ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"] })).toMatchObject({ valid: true });
    // The same key without its prefix, as some dashboards show it.
    expect(check({ ...input, secrets: ["MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"] })).toMatchObject({ valid: true });
  });
});
