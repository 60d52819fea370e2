import { randomFillSync } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

// One system call fills many ids' worth of randomness; the hot path makes a dozen ids per request.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomChars(count: number): string {
  if (poolOffset + count > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  let out = "";
  for (let i = 0; i < count; i++) out += ALPHABET[pool[poolOffset++]! & 31];
  return out;
}

let lastMs = 0;
let counter = 0;
/** `lastMs` as its 10 id characters: a request makes a dozen ids in the same millisecond. */
let lastTime = "";

/**
 * A time-ordered id (`prefix_` + 10 chars of milliseconds + 4 of a per-ms counter + 8 random), so sorting ids
 * sorts by creation time — history and records list newest first by id alone.
 */
export function newId(prefix: string): string {
  const now = Date.now();
  if (now === lastMs) counter++;
  else {
    counter = 0;
    lastMs = now;
    lastTime = "";
    for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) lastTime = ALPHABET[t % 32] + lastTime;
  }
  const time = lastTime;
  let seq = "";
  for (let c = counter, i = 0; i < 4; i++, c = Math.floor(c / 32)) seq = ALPHABET[c % 32] + seq;
  return `${prefix}_${time}${seq}${randomChars(8)}`;
}

/**
 * An id that cannot be guessed: `prefix_` + `chars` random base32 characters (5 bits each; the default 24 give
 * 120 bits). For ids that act as a secret: public webhook URLs, invitation links.
 */
export function newRandomId(prefix: string, chars = 24): string {
  return `${prefix}_${randomChars(chars)}`;
}
