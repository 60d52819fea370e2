import { BlockList, isIP, isIPv4 } from "node:net";
import { normaliseHostname } from "./address-policy";
import { bareAddress, ipv4Text, ipv6Bytes, ipv6Text, isIpv4Mapped } from "./ip";

/**
 * HOOKSTACK_OUTBOUND_ALLOWLIST (README "Configuration"): destinations the outbound guard would refuse but which
 * `externalRequest` may call anyway, comma-separated. Each entry is one of
 *   - a hostname: `billing.internal`, or `*.corp.example` for its subdomains (not the name itself); whatever
 *     the name resolves to is allowed, including private and loopback addresses;
 *   - an IP address: `10.0.0.7`, `::1`, `[fd00::7]`;
 *   - a CIDR range: `10.20.0.0/16`, `fd00::/8`; any name resolving into it is allowed.
 * Example: HOOKSTACK_OUTBOUND_ALLOWLIST="127.0.0.1,10.20.0.0/16,billing.internal". Only http and https are ever
 * called, and redirects are checked against the same list. Empty (the default) allows only public addresses.
 */
export type TAllowlist = {
  readonly entries: readonly string[];
  allowsHostname(hostname: string): boolean;
  allowsAddress(address: string): boolean;
};

const HOSTNAME = /^(\*\.)?([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

export class AllowlistError extends Error {
  override name = "AllowlistError";
}

function addAddress(list: BlockList, text: string, prefix?: number): boolean {
  const address = bareAddress(text);
  const family = isIP(address);
  if (family === 0) return false;
  const max = family === 4 ? 32 : 128;
  const bits = prefix ?? max;
  if (!Number.isInteger(bits) || bits < 0 || bits > max) return false;
  list.addSubnet(family === 4 ? address : ipv6Text(ipv6Bytes(address)!), bits, family === 4 ? "ipv4" : "ipv6");
  return true;
}

/** Parses the allowlist setting; throws an AllowlistError naming the first entry it cannot read. */
export function parseAllowlist(text: string | readonly string[] | undefined): TAllowlist {
  const entries = (typeof text === "string" ? text.split(",") : (text ?? [])).map((e) => e.trim()).filter(Boolean);
  const names = new Set<string>();
  const suffixes: string[] = [];
  const addresses = new BlockList();
  for (const entry of entries) {
    const slash = entry.indexOf("/");
    if (slash !== -1) {
      const prefix = entry.slice(slash + 1);
      if (/^\d{1,3}$/.test(prefix) && addAddress(addresses, entry.slice(0, slash), Number(prefix))) continue;
      throw new AllowlistError(`HOOKSTACK_OUTBOUND_ALLOWLIST: "${entry}" is not a valid CIDR range (e.g. 10.0.0.0/8)`);
    }
    if (addAddress(addresses, entry)) continue;
    const name = normaliseHostname(entry);
    const match = HOSTNAME.exec(name);
    if (!match || name.length > 253) {
      throw new AllowlistError(`HOOKSTACK_OUTBOUND_ALLOWLIST: "${entry}" is not a hostname, IP address or CIDR range`);
    }
    if (match[1]) suffixes.push(name.slice(1));
    else names.add(name);
  }
  return {
    entries,
    allowsHostname(hostname) {
      const name = normaliseHostname(hostname);
      return names.has(name) || suffixes.some((suffix) => name.endsWith(suffix));
    },
    allowsAddress(text) {
      const address = bareAddress(text);
      if (isIPv4(address)) return addresses.check(address, "ipv4");
      const bytes = ipv6Bytes(address);
      if (!bytes) return false;
      if (addresses.check(ipv6Text(bytes), "ipv6")) return true;
      // An IPv4-mapped address reaches its IPv4 address, which the list may name.
      return isIpv4Mapped(bytes) && addresses.check(ipv4Text(bytes, 12), "ipv4");
    },
  };
}

export const EMPTY_ALLOWLIST: TAllowlist = parseAllowlist("");
