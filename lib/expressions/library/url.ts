import { fail } from "./fail";

export function urlencode(text?: string): string | undefined {
  if (text === undefined) return undefined;
  try {
    return encodeURIComponent(text);
  } catch {
    return fail("urlencode", "the text contains an unpaired surrogate");
  }
}

export function urldecode(text?: string): string | undefined {
  if (text === undefined) return undefined;
  try {
    // encodeURIComponent always writes + as %2B, so reading + as a space loses nothing and handles form encoding.
    return decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    return fail("urldecode", "the text contains malformed percent-encoding");
  }
}

// A plain assignment to `__proto__` would replace the object's prototype; a defined property is just a key.
function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function queryParse(text?: string): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  const result: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const previous = Object.prototype.hasOwnProperty.call(result, key) ? result[key] : undefined;
    if (previous === undefined) setOwn(result, key, value);
    else if (Array.isArray(previous)) previous.push(value);
    else setOwn(result, key, [previous, value]);
  }
  return result;
}

function queryValue(key: string, value: unknown): string {
  if (value === null) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return fail(
    "queryStringify",
    `the value of "${key}" must be text, a number, a boolean or null (use $jsonStringify for objects)`,
  );
}

export function queryStringify(object?: Record<string, unknown>): string | undefined {
  if (object === undefined) return undefined;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, queryValue(key, item));
  }
  return params.toString();
}
