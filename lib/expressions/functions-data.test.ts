import { describe, expect, it } from "vitest";
import { failure, run } from "@/tests/support/expressions";

describe("$jsonParse", () => {
  it("parses objects, arrays and scalars", async () => {
    expect(await run("$jsonParse($s)", { s: '{"a":[1,{"b":null}],"c":"x"}' })).toEqual({ a: [1, { b: null }], c: "x" });
    expect(await run("$jsonParse('[1,2]')")).toEqual([1, 2]);
    expect(await run("$jsonParse('42')")).toBe(42);
    expect(await run("$jsonParse('null')")).toBeNull();
    expect(await run("$jsonParse($request.body).type", { request: { body: '{"type":"paid"}' } })).toBe("paid");
  });

  it("keeps __proto__ as a plain key and changes no prototype", async () => {
    const value = (await run(
      `$jsonParse('{"__proto__": {"polluted": true}, "a": {"__proto__": {"x": 1}}}')`,
    )) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(value, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual({ polluted: true });
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value.a)).toBe(Object.prototype);
    expect(await run(`$jsonParse('{"__proto__": {"polluted": true}}').polluted`)).toBeUndefined();
  });

  it("rejects invalid JSON with a clear error", async () => {
    const err = await failure("$jsonParse('{\"a\": }')");
    expect(err.message).toMatch(/^\$jsonParse: invalid JSON: /);
    expect(err.position).toBeGreaterThan(0);
    expect((await failure("$jsonParse('')")).message).toMatch(/^\$jsonParse: invalid JSON/);
    expect((await failure("$jsonParse({'a': 1})")).code).toBe("T0410");
  });
});

describe("$jsonStringify", () => {
  it("writes compact or pretty JSON, and round-trips with $jsonParse", async () => {
    expect(await run("$jsonStringify({'a': [1, 'x', null, true]})")).toBe('{"a":[1,"x",null,true]}');
    expect(await run("$jsonStringify({'a': 1}, true)")).toBe('{\n  "a": 1\n}');
    expect(await run("$jsonStringify('x')")).toBe('"x"');
    expect(await run("$jsonStringify($p.items.id)", { p: { items: [{ id: 1 }, { id: 2 }] } })).toBe("[1,2]");
    const value = { a: [1, { b: "ü" }], c: null };
    expect(await run("$jsonParse($jsonStringify($v))", { v: value })).toEqual(value);
    expect(await run("$jsonStringify($missing)")).toBeUndefined();
  });

  it("rejects wrong types", async () => {
    expect((await failure("$jsonStringify({'a': 1}, 'yes')")).code).toBe("T0410");
  });
});

describe("URL functions", () => {
  it("percent-encodes and decodes", async () => {
    expect(await run("$urlencode('a b&c=d/é?')")).toBe("a%20b%26c%3Dd%2F%C3%A9%3F");
    expect(await run("$urldecode('a%20b%26c%3Dd%2F%C3%A9%3F')")).toBe("a b&c=d/é?");
    expect(await run("$urldecode('a+b%2Bc')")).toBe("a b+c");
    expect(await run("$urldecode($urlencode('1+1 = 2'))")).toBe("1+1 = 2");
  });

  it("rejects malformed percent-encoding and wrong types", async () => {
    expect((await failure("$urldecode('%E0%A4%A')")).message).toBe(
      "$urldecode: the text contains malformed percent-encoding",
    );
    expect((await failure("$urlencode(5)")).code).toBe("T0410");
  });

  it("parses query strings, repeating names into arrays", async () => {
    expect(await run("$queryParse('?a=1&b=x+y%21&a=2&a=3&flag&empty=')")).toEqual({
      a: ["1", "2", "3"],
      b: "x y!",
      flag: "",
      empty: "",
    });
    expect(await run("$queryParse('')")).toEqual({});
  });

  it("keeps __proto__ in a query string as a plain key", async () => {
    const value = (await run("$queryParse('__proto__=x&__proto__=y&constructor=z')")) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual(["x", "y"]);
    expect(Object.getOwnPropertyDescriptor(value, "constructor")?.value).toBe("z");
  });

  it("builds query strings and round-trips with $queryParse", async () => {
    expect(await run("$queryStringify({'a': [1, 2], 'b': 'x y&z', 'c': true, 'd': null})")).toBe(
      "a=1&a=2&b=x+y%26z&c=true&d=",
    );
    expect(await run("$queryParse($queryStringify($q))", { q: { a: ["1", "2"], b: "é &=" } })).toEqual({
      a: ["1", "2"],
      b: "é &=",
    });
  });

  it("rejects nested objects and wrong types", async () => {
    expect((await failure("$queryStringify({'a': {'b': 1}})")).message).toMatch(
      /^\$queryStringify: the value of "a" must be text/,
    );
    expect((await failure("$queryStringify('a=1')")).code).toBe("T0410");
  });
});

describe("$uuid", () => {
  it("returns distinct version 4 UUIDs", async () => {
    const values = (await run("[1..50].$uuid()")) as string[];
    for (const value of values)
      expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(values).size).toBe(50);
  });

  it("takes no arguments", async () => {
    expect((await failure("$uuid('x')")).code).toBe("T0410");
  });
});
