import { describe, expect, it } from "vitest";
import { failure, run } from "@/tests/support/expressions";

// RFC 4648 §10 test vectors.
const BASE64 = [
  ["", ""],
  ["f", "Zg=="],
  ["fo", "Zm8="],
  ["foo", "Zm9v"],
  ["foob", "Zm9vYg=="],
  ["fooba", "Zm9vYmE="],
  ["foobar", "Zm9vYmFy"],
] as const;
const HEX = [
  ["", ""],
  ["f", "66"],
  ["foobar", "666f6f626172"],
] as const;

describe("base64", () => {
  it.each(BASE64)("encodes %j as %j and back", async (text, encoded) => {
    expect(await run("$base64encode($t)", { t: text })).toBe(encoded);
    expect(await run("$base64decode($e)", { e: encoded })).toBe(text);
    expect(await run("$base64urlencode($t)", { t: text })).toBe(encoded.replace(/=+$/, ""));
  });

  it("round-trips UTF-8 text and uses the URL-safe alphabet", async () => {
    expect(await run("$base64encode('héllo ✓')")).toBe(Buffer.from("héllo ✓").toString("base64"));
    expect(await run("$base64decode($base64encode('héllo ✓'))")).toBe("héllo ✓");
    expect(await run("$base64urlencode('subjects?_d')")).toBe("c3ViamVjdHM_X2Q");
    expect(await run("$base64encode('subjects?_d')")).toBe("c3ViamVjdHM/X2Q=");
  });

  it("decodes base64url, unpadded and line-wrapped input", async () => {
    expect(await run("$base64decode('c3ViamVjdHM_X2Q')")).toBe("subjects?_d");
    expect(await run("$base64decode('Zm9vYg')")).toBe("foob");
    expect(await run("$base64decode('Zm9v\\nYmFy')")).toBe("foobar");
  });

  it("decodes binary data to hex on request", async () => {
    expect(await run("$base64decode('3q2+7w==', 'hex')")).toBe("deadbeef");
  });

  it("rejects invalid base64, non-UTF-8 bytes and wrong types", async () => {
    expect((await failure("$base64decode('Zm9v!')")).message).toBe("$base64decode: the text is not valid base64");
    expect((await failure("$base64decode('Z')")).message).toBe("$base64decode: the text is not valid base64");
    expect((await failure("$base64decode('Zg=a')")).message).toBe("$base64decode: the text is not valid base64");
    expect((await failure("$base64decode('3q2+7w==')")).message).toBe(
      "$base64decode: the decoded bytes are not UTF-8 text",
    );
    expect((await failure("$base64decode('Zg==', 'latin1')")).message).toMatch(/as must be one of utf8, hex/);
    expect((await failure("$base64encode(12)")).code).toBe("T0410");
    expect((await failure("$base64urlencode(['a', 'b'])")).code).toBe("T0410");
  });

  it("passes undefined through, as JSONata functions do", async () => {
    expect(await run("$base64encode($missing)")).toBeUndefined();
    expect(await run("$base64decode($missing)")).toBeUndefined();
  });

  it("takes the context value in a path", async () => {
    expect(await run("$request.body.$base64encode()", { request: { body: "foo" } })).toBe("Zm9v");
  });
});

describe("hex", () => {
  it.each(HEX)("encodes %j as %j and back", async (text, encoded) => {
    expect(await run("$hexencode($t)", { t: text })).toBe(encoded);
    expect(await run("$hexdecode($e)", { e: encoded })).toBe(text);
    expect(await run("$hexdecode($e)", { e: encoded.toUpperCase() })).toBe(text);
  });

  it("rejects odd lengths, non-hex digits, non-UTF-8 bytes and wrong types", async () => {
    expect((await failure("$hexdecode('abc')")).message).toMatch(/^\$hexdecode: .*hex digits/);
    expect((await failure("$hexdecode('zz')")).message).toMatch(/^\$hexdecode: .*hex digits/);
    expect((await failure("$hexdecode('ff')")).message).toBe("$hexdecode: the decoded bytes are not UTF-8 text");
    expect((await failure("$hexencode(true)")).code).toBe("T0410");
  });
});
