/**
 * The library functions every expression can call, as Xano's filters. This file is the single list of names and
 * is isomorphic: the editor imports it for completion and help without pulling in the server-only implementations
 * (`functions.ts`), which the type checker holds to exactly these names.
 */
export type TExpressionFunctionDoc = {
  /** Called as `$name(...)`; never one of JSONata's own functions except the overrides listed in the tests. */
  readonly name: string;
  /** JSONata signature, checked by JSONata before each call. */
  readonly signature: string;
  /** How a person writes the call; `?` marks an optional argument. */
  readonly usage: string;
  readonly description: string;
  readonly example: string;
  /** The example's result as JSON; absent when it varies (random, current time). */
  readonly result?: string;
};

export const EXPRESSION_FUNCTION_DOCS = [
  {
    name: "hmac",
    signature: "<ssss?:s>",
    usage: "$hmac(algorithm, key, data, encoding?)",
    description:
      "HMAC of the UTF-8 text data with key; algorithm sha1, sha256, sha384 or sha512; encoding hex (default), base64 or base64url.",
    example: "$hmac('sha256', 'key', 'The quick brown fox jumps over the lazy dog')",
    result: '"f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"',
  },
  {
    name: "hash",
    signature: "<sss?:s>",
    usage: "$hash(algorithm, data, encoding?)",
    description:
      "Digest of the UTF-8 text data; algorithm md5, sha1, sha256, sha384 or sha512; encoding hex (default), base64 or base64url.",
    example: "$hash('sha256', 'abc')",
    result: '"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"',
  },
  {
    name: "timingSafeEqual",
    signature: "<ss:b>",
    usage: "$timingSafeEqual(a, b)",
    description: "Compares two strings in constant time, for signatures and tokens; false when either is missing.",
    example: "$timingSafeEqual('abc', 'abc')",
    result: "true",
  },
  {
    name: "base64encode",
    signature: "<s-:s>",
    usage: "$base64encode(text)",
    description:
      "Base64 (RFC 4648, padded) of the UTF-8 bytes of text (replaces JSONata's built-in, which mangles non-Latin-1 text).",
    example: "$base64encode('hello')",
    result: '"aGVsbG8="',
  },
  {
    name: "base64decode",
    signature: "<s-s?:s>",
    usage: "$base64decode(base64, as?)",
    description:
      "Decodes base64 or base64url (padding optional) to UTF-8 text, or to hex when as is 'hex' (for binary data); replaces JSONata's Latin-1 built-in.",
    example: "$base64decode('aGVsbG8=')",
    result: '"hello"',
  },
  {
    name: "base64urlencode",
    signature: "<s-:s>",
    usage: "$base64urlencode(text)",
    description: "URL-safe base64 (RFC 4648 §5, no padding) of the UTF-8 bytes of text, as in JWTs.",
    example: "$base64urlencode('subjects?_d')",
    result: '"c3ViamVjdHM_X2Q"',
  },
  {
    name: "hexencode",
    signature: "<s-:s>",
    usage: "$hexencode(text)",
    description: "Lower-case hex of the UTF-8 bytes of text.",
    example: "$hexencode('hi')",
    result: '"6869"',
  },
  {
    name: "hexdecode",
    signature: "<s-:s>",
    usage: "$hexdecode(hex)",
    description: "Decodes hex (either case) to UTF-8 text.",
    example: "$hexdecode('6869')",
    result: '"hi"',
  },
  {
    name: "uuid",
    signature: "<:s>",
    usage: "$uuid()",
    description: "A random UUID (version 4).",
    example: "$uuid()",
  },
  {
    name: "timestamp",
    signature: "<:n>",
    usage: "$timestamp()",
    description: "Now as whole unix seconds; the same instant as $now() and $millis() within one evaluation.",
    example: "$timestamp()",
  },
  {
    name: "parseTimestamp",
    signature: "<(sn)-s?:n>",
    usage: "$parseTimestamp(value, picture?)",
    description:
      "Unix milliseconds from ISO 8601 text (UTC when it has no offset), an HTTP date, unix seconds or unix milliseconds (numbers or digits); with a JSONata picture, parses text in that format.",
    example: "$parseTimestamp('2024-01-02T03:04:05Z')",
    result: "1704164645000",
  },
  {
    name: "formatTimestamp",
    signature: "<n-s?s?:s>",
    usage: "$formatTimestamp(millis, picture?, timezone?)",
    description:
      "Formats unix milliseconds as ISO 8601, or with a JSONata picture; timezone is an offset such as +0530 or an IANA name such as Europe/Paris (default UTC).",
    example: "$formatTimestamp(1704164645000, '[Y0001]-[M01]-[D01] [H01]:[m01]', 'Asia/Kolkata')",
    result: '"2024-01-02 08:34"',
  },
  {
    name: "jsonParse",
    signature: "<s-:x>",
    usage: "$jsonParse(text)",
    description: "Parses JSON text; invalid JSON is an error.",
    example: '$jsonParse(\'{"id": 7, "tags": ["a"]}\').tags',
    result: '["a"]',
  },
  {
    name: "jsonStringify",
    signature: "<j-b?:s>",
    usage: "$jsonStringify(value, pretty?)",
    description: "JSON text of value; compact unless pretty is true (two-space indent).",
    example: "$jsonStringify({ 'id': 7, 'ok': true })",
    result: '"{\\"id\\":7,\\"ok\\":true}"',
  },
  {
    name: "urlencode",
    signature: "<s-:s>",
    usage: "$urlencode(text)",
    description: "Percent-encodes text for a URL query value or path segment (spaces become %20).",
    example: "$urlencode('a b&c')",
    result: '"a%20b%26c"',
  },
  {
    name: "urldecode",
    signature: "<s-:s>",
    usage: "$urldecode(text)",
    description: "Decodes percent-encoding; + is a space, as in form bodies and query strings.",
    example: "$urldecode('a%20b+c')",
    result: '"a b c"',
  },
  {
    name: "queryParse",
    signature: "<s-:o>",
    usage: "$queryParse(query)",
    description:
      "Parses a query string or form body (a leading ? is ignored) into an object; a repeated name gives an array.",
    example: "$queryParse('a=1&b=x+y&a=2')",
    result: '{"a":["1","2"],"b":"x y"}',
  },
  {
    name: "queryStringify",
    signature: "<o-:s>",
    usage: "$queryStringify(object)",
    description:
      "Builds a query string from an object of text, number or boolean values; an array value repeats the name.",
    example: "$queryStringify({ 'a': [1, 2], 'b': 'x y' })",
    result: '"a=1&a=2&b=x+y"',
  },
] as const satisfies readonly TExpressionFunctionDoc[];

export type TExpressionFunctionName = (typeof EXPRESSION_FUNCTION_DOCS)[number]["name"];
