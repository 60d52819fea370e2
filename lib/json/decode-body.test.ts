import { describe, expect, it } from "vitest";
import { decodeBody, formatFor } from "./decode-body";

const payload = JSON.stringify({ ref: "refs/heads/main", commits: [{ id: "a" }] });
const githubForm = `payload=${encodeURIComponent(payload)}`;
const FORM = "application/x-www-form-urlencoded";

describe("formatFor", () => {
  it("reads the content type, and the body's look when there is none", () => {
    expect(formatFor("application/json; charset=utf-8", "")).toBe("json");
    expect(formatFor("application/vnd.api+json", "")).toBe("json");
    expect(formatFor(FORM, "")).toBe("form");
    expect(formatFor("text/plain", "{}")).toBe("text");
    expect(formatFor("", ' {"a":1}')).toBe("json");
    expect(formatFor("", "hello")).toBe("text");
  });
});

describe("decodeBody", () => {
  it("auto: parses GitHub's form delivery (one payload field) as its JSON", () => {
    const decoded = decodeBody({ body: githubForm, format: "auto", contentType: FORM, maxDepth: 32 });
    expect(decoded).toEqual({ value: JSON.parse(payload), format: "form", isWholeBody: false });
  });

  it("auto: JSON and text by content type", () => {
    expect(decodeBody({ body: payload, format: "auto", contentType: "application/json", maxDepth: 32 }).value).toEqual(
      JSON.parse(payload),
    );
    expect(decodeBody({ body: "hi", format: "auto", contentType: "text/plain", maxDepth: 32 })).toEqual({
      value: "hi",
      format: "text",
      isWholeBody: true,
    });
  });

  it("auto: an ordinary form stays a form, a payload field that is not JSON too", () => {
    expect(decodeBody({ body: "a=1&b=2", format: "auto", contentType: FORM, maxDepth: 32 }).value).toEqual({
      a: "1",
      b: "2",
    });
    expect(decodeBody({ body: "payload=hello", format: "auto", contentType: FORM, maxDepth: 32 }).value).toEqual({
      payload: "hello",
    });
  });

  it("form with a JSON field: stores that field parsed, or says why not", () => {
    expect(decodeBody({ body: `${githubForm}&x=1`, format: "form", jsonField: "payload", maxDepth: 32 }).value).toEqual(
      JSON.parse(payload),
    );
    expect(() => decodeBody({ body: "x=1", format: "form", jsonField: "payload", maxDepth: 32 })).toThrow(
      /no single "payload" field.*fields: x/,
    );
    expect(() => decodeBody({ body: "payload=%7Bno", format: "form", jsonField: "payload", maxDepth: 32 })).toThrow(
      /form field "payload" is not valid JSON/,
    );
  });

  it("json: a body that does not parse names the content type that arrived", () => {
    expect(() => decodeBody({ body: githubForm, format: "json", contentType: FORM, maxDepth: 32 })).toThrow(
      /not valid JSON .*content-type was "application\/x-www-form-urlencoded"; set the body format to Auto or Form/,
    );
    expect(() => decodeBody({ body: "nope", format: "json", maxDepth: 32 })).toThrow(/content-type was missing/);
    // A JSON content type with a broken body is the sender's bug: no hint about the format.
    expect(() => decodeBody({ body: "{", format: "json", contentType: "application/json", maxDepth: 32 })).toThrow(
      /^the request body is not valid JSON \([^)]*\)$/,
    );
  });

  it("keeps the depth limit inside a form's JSON field", () => {
    const deep = encodeURIComponent("[".repeat(10) + "]".repeat(10));
    expect(() => decodeBody({ body: `payload=${deep}`, format: "form", jsonField: "payload", maxDepth: 5 })).toThrow(
      /nested deeper than 5/,
    );
  });
});
