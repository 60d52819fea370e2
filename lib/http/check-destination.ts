import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { blockedHostname, checkAddress, describeVerdict, normaliseHostname } from "./address-policy";
import type { TAllowlist } from "./allowlist";
import { ALLOWLIST_HINT, OutboundRefusedError } from "./errors";
import { bareAddress } from "./ip";

export type TResolvedAddress = { address: string; family: 4 | 6 };
/** Every address a hostname resolves to (the connection then uses the one the guard approved). */
export type TResolve = (hostname: string) => Promise<TResolvedAddress[]>;

/** node:dns `lookup` (getaddrinfo, so /etc/hosts too: what a plain connection would use), every address. */
export const resolveWithDns: TResolve = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** Ports browsers refuse to send HTTP to (WHATWG Fetch "bad port"): mail, SSH, DNS... */
const BAD_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

export type TCheckDestination = { resolve: TResolve; allowlist: TAllowlist; signal: AbortSignal; context?: string };

/**
 * Decides whether `url` may be called and returns the one address to connect to: scheme and port first, then the
 * name, then every address it resolves to (one refused address refuses the name, so a DNS answer mixing a public
 * and a private address cannot slip through). The caller must connect to the returned address, not resolve again.
 */
export async function checkDestination(url: URL, o: TCheckDestination): Promise<TResolvedAddress> {
  const refuse = (why: string) => new OutboundRefusedError(`${o.context ?? `refused to call ${url.host}`}: ${why}`);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw refuse(`only http and https URLs can be called, not ${url.protocol}`);
  if (url.username || url.password) throw refuse("a URL cannot carry credentials; send them in a header");
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  if (BAD_PORTS.has(port)) throw refuse(`port ${port} is not used for HTTP and is blocked`);

  const hostname = normaliseHostname(url.hostname);
  const isNameAllowed = o.allowlist.allowsHostname(hostname, port);
  // A metadata or loopback name passes only when the allowlist names it or every address it resolves to.
  const namedBlock = isNameAllowed ? undefined : blockedHostname(hostname);
  const refuseName = () => refuse(`${hostname} is ${namedBlock}; ${ALLOWLIST_HINT}`);
  if (namedBlock && o.allowlist.entries.length === 0) throw refuseName();

  const literal = bareAddress(url.hostname);
  const family = isIP(literal);
  let addresses: TResolvedAddress[];
  if (family !== 0) addresses = [{ address: literal, family: family === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await abortable(o.resolve(hostname), o.signal);
    } catch (err) {
      if (o.signal.aborted) throw err;
      if (namedBlock) throw refuseName();
      const code = (err as { code?: string }).code;
      throw new Error(`could not resolve ${hostname}${code ? ` (${code})` : ""}`, { cause: err });
    }
  }
  if (addresses.length === 0) throw new Error(`could not resolve ${hostname} (no addresses)`);
  for (const { address } of addresses) {
    if (isNameAllowed || o.allowlist.allowsAddress(address, port)) continue;
    if (namedBlock) throw refuseName();
    const verdict = checkAddress(address);
    if (verdict.blocked) throw refuse(`${describeVerdict(address, verdict)}; ${ALLOWLIST_HINT}`);
  }
  return addresses[0]!;
}
