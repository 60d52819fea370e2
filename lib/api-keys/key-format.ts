import { createHash, randomBytes } from "node:crypto";

const PREFIX = "hsk_";

/** A new key: `hsk_` and 32 random bytes (256 bits) in base64url. */
export function generateApiKey(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

/** What is stored: the SHA-256 of the key (the key has 256 random bits, so a fast hash is enough). */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** The first characters, shown in lists so people can tell keys apart. */
export function keyStart(key: string): string {
  return key.slice(0, PREFIX.length + 6);
}

export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(PREFIX) && value.length < 200;
}
