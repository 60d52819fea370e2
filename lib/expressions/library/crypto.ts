import { createHash, createHmac, timingSafeEqual as bytesEqual } from "node:crypto";
import { fail, oneOf } from "./fail";

const HMAC_ALGORITHMS = ["sha1", "sha256", "sha384", "sha512"] as const;
const HASH_ALGORITHMS = ["md5", "sha1", "sha256", "sha384", "sha512"] as const;
const DIGEST_ENCODINGS = ["hex", "base64", "base64url"] as const;

// A missing key or message is a configuration mistake (an unset env variable); a signature computed over nothing
// would only fail later and less clearly, so these refuse undefined instead of passing it through.
function present(name: string, what: string, value: string | undefined): string {
  return value ?? fail(name, `${what} is missing`);
}

export function hmac(algorithm?: string, key?: string, data?: string, encoding?: string): string {
  const algo = oneOf("hmac", "algorithm", present("hmac", "algorithm", algorithm), HMAC_ALGORITHMS);
  const enc = oneOf("hmac", "encoding", encoding ?? "hex", DIGEST_ENCODINGS);
  return createHmac(algo, present("hmac", "key", key))
    .update(present("hmac", "data", data), "utf8")
    .digest(enc);
}

export function hash(algorithm?: string, data?: string, encoding?: string): string {
  const algo = oneOf("hash", "algorithm", present("hash", "algorithm", algorithm), HASH_ALGORITHMS);
  const enc = oneOf("hash", "encoding", encoding ?? "hex", DIGEST_ENCODINGS);
  return createHash(algo)
    .update(present("hash", "data", data), "utf8")
    .digest(enc);
}

export function timingSafeEqual(a?: string, b?: string): boolean {
  // A missing signature header simply does not match.
  if (a === undefined || b === undefined) return false;
  // Comparing digests gives equal lengths, so neither the length nor the content of a secret leaks through timing.
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return bytesEqual(digest(a), digest(b));
}
