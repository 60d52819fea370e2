import { digestsEqual } from "./crypto";
import type { TSecret } from "../types";

/**
 * The caller's index of the first secret whose expected digest equals one of the received signatures, else -1.
 * `expected` may return several digests per secret (e.g. URL variants) and null for a secret unusable by the scheme.
 */
export function findMatchingSecret(
  secrets: TSecret[],
  received: Buffer[],
  expected: (secret: string) => Buffer[] | null,
): number {
  for (const secret of secrets) {
    const digests = expected(secret.value);
    if (!digests) continue;
    for (const digest of digests) {
      for (const signature of received) {
        if (digestsEqual(digest, signature)) return secret.index;
      }
    }
  }
  return -1;
}
