import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { failure, run } from "@/tests/support/expressions";

const body = '{"id":"evt_1","amount":1999,"note":"héllo ✓"}';

describe("$hmac", () => {
  it.each(["sha1", "sha256", "sha384", "sha512"])("matches node:crypto for %s in hex and base64", async (algo) => {
    const bindings = { env: { SECRET: "whsec_test" }, request: { body } };
    const expected = (encoding: "hex" | "base64") =>
      createHmac(algo, "whsec_test").update(body, "utf8").digest(encoding);
    const hex = expected("hex");
    expect(await run(`$hmac('${algo}', $env.SECRET, $request.body)`, bindings)).toBe(hex);
    expect(await run(`$hmac('${algo}', $env.SECRET, $request.body, 'hex')`, bindings)).toBe(hex);
    expect(await run(`$hmac('${algo}', $env.SECRET, $request.body, 'base64')`, bindings)).toBe(expected("base64"));
  });

  it("matches the RFC 4231 test case 2 vector", async () => {
    expect(await run("$hmac('sha256', 'Jefe', 'what do ya want for nothing?')")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("accepts Web Crypto style names", async () => {
    expect(await run("$hmac('SHA-256', 'k', 'd')")).toBe(createHmac("sha256", "k").update("d").digest("hex"));
  });

  it("rejects unknown algorithms and encodings, missing keys and wrong types", async () => {
    expect((await failure("$hmac('md5', 'k', 'd')")).message).toMatch(/\$hmac: algorithm must be one of sha1, sha256/);
    expect((await failure("$hmac('sha256', 'k', 'd', 'latin1')")).message).toMatch(/\$hmac: encoding must be one of/);
    expect((await failure("$hmac('sha256', $env.MISSING, 'd')", { env: {} })).message).toBe("$hmac: key is missing");
    expect((await failure("$hmac('sha256', 'k', $nothing)")).message).toBe("$hmac: data is missing");
    expect((await failure("$hmac('sha256', 'k')")).code).toBe("T0410");
    expect((await failure("$hmac('sha256', 'k', 42)")).code).toBe("T0410");
    expect((await failure("$hmac('sha256', 'k', {'a': 1})")).code).toBe("T0410");
  });
});

describe("$hash", () => {
  it.each([
    ["md5", "900150983cd24fb0d6963f7d28e17f72"],
    ["sha1", "a9993e364706816aba3e25717850c26c9cd0d89d"],
    ["sha256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  ])("computes %s of 'abc'", async (algo, digest) => {
    expect(await run(`$hash('${algo}', 'abc')`)).toBe(digest);
  });

  it("matches node:crypto for sha512 and base64 over UTF-8 text", async () => {
    expect(await run("$hash('sha512', $b, 'base64')", { b: body })).toBe(
      createHash("sha512").update(body, "utf8").digest("base64"),
    );
  });

  it("rejects unknown algorithms and wrong types", async () => {
    expect((await failure("$hash('sha3', 'abc')")).message).toMatch(/\$hash: algorithm must be one of md5/);
    expect((await failure("$hash('sha256', true)")).code).toBe("T0410");
  });
});

describe("$timingSafeEqual", () => {
  it("compares strings, including different lengths and missing values", async () => {
    expect(await run("$timingSafeEqual('abc', 'abc')")).toBe(true);
    expect(await run("$timingSafeEqual('abc', 'abd')")).toBe(false);
    expect(await run("$timingSafeEqual('abc', 'abcd')")).toBe(false);
    expect(await run("$timingSafeEqual('', '')")).toBe(true);
    expect(await run("$timingSafeEqual($request.headers.sig, 'abc')", { request: { headers: {} } })).toBe(false);
  });

  it("verifies a computed signature", async () => {
    const sig = createHmac("sha256", "s").update(body).digest("hex");
    const bindings = { request: { body, headers: { "x-sig": sig } } };
    expect(await run("$timingSafeEqual($hmac('sha256', 's', $request.body), $request.headers.`x-sig`)", bindings)).toBe(
      true,
    );
  });

  it("rejects wrong types", async () => {
    expect((await failure("$timingSafeEqual('a', 1)")).code).toBe("T0410");
  });
});
