import { describe, expect, it } from "vitest";
import { SIGNATURE_PRESET_IDS } from "./preset-list";
import { PROVIDER_SIGNERS, type TProviderSigner } from "@/tests/support/provider-signers";
import { verifySignature, type TVerifyInput } from "./verify";

const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z
const TOLERANCE = 300;

async function request(signer: TProviderSigner, overrides: { secret?: string; timestamp?: number } = {}) {
  const headers = await signer.sign(
    overrides.secret ?? signer.secret(1),
    signer.body,
    signer.url,
    overrides.timestamp ?? NOW - 5,
  );
  return { headers, rawBody: signer.body, url: signer.url };
}

function verify(
  signer: TProviderSigner,
  req: { headers: Record<string, string>; rawBody: string; url: string },
  secrets: string[],
) {
  const input: TVerifyInput = {
    preset: signer.preset,
    secrets,
    rawBody: req.rawBody,
    headers: req.headers,
    url: req.url,
    nowSeconds: NOW,
    toleranceSeconds: TOLERANCE,
    generic: signer.generic,
  };
  return verifySignature(input);
}

/** Flips one character in the middle of the body while keeping it the same shape (JSON stays JSON, forms stay forms). */
const tamper = (body: string) => {
  const at = body.search(/[0-9]/);
  return at < 0 ? `${body}x` : body.slice(0, at) + (body[at] === "9" ? "8" : "9") + body.slice(at + 1);
};

it("has a provider signer for every preset", () => {
  expect(new Set(PROVIDER_SIGNERS.map((s) => s.preset))).toEqual(new Set(SIGNATURE_PRESET_IDS));
});

describe.each(PROVIDER_SIGNERS.map((s) => [s.preset, s] as const))("%s", (_preset, signer) => {
  it(`accepts a signature made by ${signer.source}`, async () => {
    const result = verify(signer, await request(signer), [signer.secret(1)]);
    expect(result).toMatchObject({ valid: true, preset: signer.preset, secretIndex: 0 });
    if (signer.timestamped) expect(result).toMatchObject({ timestamp: NOW - 5 });
    else expect(result).not.toHaveProperty("timestamp");
  });

  it("rejects a tampered body", async () => {
    const req = await request(signer);
    expect(verify(signer, { ...req, rawBody: tamper(req.rawBody) }, [signer.secret(1)])).toEqual({
      valid: false,
      preset: signer.preset,
      reason: "signature does not match",
    });
  });

  it("rejects a wrong secret", async () => {
    const result = verify(signer, await request(signer), [signer.secret(2)]);
    expect(result).toEqual({ valid: false, preset: signer.preset, reason: "signature does not match" });
  });

  it("rejects a missing signature header", async () => {
    const req = await request(signer);
    const { [signer.signatureHeader]: _dropped, ...headers } = req.headers;
    const result = verify(signer, { ...req, headers }, [signer.secret(1)]);
    expect(result).toMatchObject({ valid: false, reason: expect.stringMatching(/^missing .+ header$/) });
  });

  it("accepts the second of two secrets (rotation)", async () => {
    const result = verify(signer, await request(signer, { secret: signer.secret(2) }), [
      signer.secret(1),
      signer.secret(2),
    ]);
    expect(result).toMatchObject({ valid: true, secretIndex: 1 });
  });

  it("rejects a truncated signature without throwing", async () => {
    const req = await request(signer);
    const value = req.headers[signer.signatureHeader] ?? "";
    const headers = { ...req.headers, [signer.signatureHeader]: value.slice(0, value.length - 8) };
    expect(verify(signer, { ...req, headers }, [signer.secret(1)])).toMatchObject({ valid: false });
  });
});

const TIMESTAMPED = PROVIDER_SIGNERS.filter((s) => s.timestamped).map((s) => [s.preset, s] as const);

describe.each(TIMESTAMPED)("%s timestamp", (_preset, signer) => {
  it("rejects a stale timestamp, and one too far in the future", async () => {
    const stale = verify(signer, await request(signer, { timestamp: NOW - TOLERANCE - 1 }), [signer.secret(1)]);
    expect(stale).toEqual({
      valid: false,
      preset: signer.preset,
      reason: `timestamp outside the ${TOLERANCE} s tolerance (${TOLERANCE + 1} s old)`,
    });
    const future = verify(signer, await request(signer, { timestamp: NOW + TOLERANCE + 60 }), [signer.secret(1)]);
    expect(future).toMatchObject({ valid: false, reason: expect.stringContaining("s in the future") });
  });

  it("accepts a timestamp exactly at the tolerance", async () => {
    const result = verify(signer, await request(signer, { timestamp: NOW - TOLERANCE }), [signer.secret(1)]);
    expect(result).toMatchObject({ valid: true, timestamp: NOW - TOLERANCE });
  });
});
