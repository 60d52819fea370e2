import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DEFAULT_KEY_FILE = "data/secret.key";

const KEY = Symbol.for("hookstack.secretKey");
type Holder = { [KEY]?: Buffer };

function fromText(text: string): Buffer {
  const trimmed = text.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, "hex");
  const b64 = Buffer.from(trimmed, "base64");
  if (b64.length === 32 && /^[A-Za-z0-9+/=_-]+$/.test(trimmed)) return b64;
  // Any other passphrase is stretched to 32 bytes; long random values are what we document.
  return createHash("sha256").update(trimmed).digest();
}

/**
 * The key that encrypts environment variables: `HOOKSTACK_SECRET_KEY`, else a key file (`HOOKSTACK_KEY_FILE`,
 * default data/secret.key) created on first use with owner-only permissions. Back it up with the database:
 * without it the stored secrets cannot be read.
 */
export function secretKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];
  let key: Buffer;
  if (env.HOOKSTACK_SECRET_KEY?.trim()) key = fromText(env.HOOKSTACK_SECRET_KEY);
  else {
    const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.HOOKSTACK_KEY_FILE || DEFAULT_KEY_FILE);
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, randomBytes(32).toString("base64") + "\n", { mode: 0o600, flag: "wx" });
    }
    chmodSync(file, 0o600);
    key = fromText(readFileSync(file, "utf8"));
  }
  holder[KEY] = key;
  return key;
}
