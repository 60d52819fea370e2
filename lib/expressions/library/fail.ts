/** Throws an error naming the function: JSONata reports only a position for errors a function throws. */
export function fail(name: string, message: string): never {
  throw new Error(`$${name}: ${message}`);
}

/** One of `allowed`, compared case-insensitively and ignoring dashes (so Web Crypto's `SHA-256` works too). */
export function oneOf<T extends string>(name: string, what: string, value: string, allowed: readonly T[]): T {
  const normal = value.toLowerCase().replaceAll("-", "");
  const found = allowed.find((option) => option === normal);
  return found ?? fail(name, `${what} must be one of ${allowed.join(", ")}; got ${JSON.stringify(value)}`);
}
