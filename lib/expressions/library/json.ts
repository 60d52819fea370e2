import { fail } from "./fail";

export function jsonParse(text?: string): unknown {
  if (text === undefined) return undefined;
  try {
    // JSON.parse defines a `__proto__` key as an own data property; it never sets a prototype.
    return JSON.parse(text);
  } catch (err) {
    return fail("jsonParse", `invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function jsonStringify(value?: unknown, pretty?: boolean): string | undefined {
  if (value === undefined) return undefined;
  try {
    // JSON.stringify skips JSONata's `sequence` marker on arrays, as it skips any non-index array property.
    return JSON.stringify(value, null, pretty ? 2 : undefined);
  } catch (err) {
    return fail("jsonStringify", err instanceof Error ? err.message : String(err));
  }
}
