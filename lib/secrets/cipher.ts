import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { secretKey } from "./secret-key";

const PREFIX = "v1:";

/** AES-256-GCM: `v1:` + base64(iv ‖ tag ‖ ciphertext). */
export function encryptSecret(plain: string, key: Buffer = secretKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), data]).toString("base64");
}

export function decryptSecret(stored: string, key: Buffer = secretKey()): string {
  if (!stored.startsWith(PREFIX)) throw new Error("stored secret is not in a known format");
  const raw = Buffer.from(stored.slice(PREFIX.length), "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("a stored secret could not be decrypted: HOOKSTACK_SECRET_KEY or the key file has changed");
  }
}
