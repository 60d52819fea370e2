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
 * Any entry may end in `:port` to allow that port only (see parseAllowlist).
 * Example: HOOKSTACK_OUTBOUND_ALLOWLIST="127.0.0.1,10.20.0.0/16,billing.internal". Only http and https are ever
 * called, and redirects are checked against the same list. Empty (the default) allows only public addresses.
 */
export type TAllowlist = {
  readonly entries: readonly string[];
  /** `port`: the port being called; entries that name a port allow only that port. */
  allowsHostname(hostname: string, port?: number): boolean;
  allowsAddress(address: string, port?: number): boolean;
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

/** What one port (or every port) may reach. */
type TScope = { names: Set<string>; suffixes: string[]; addresses: BlockList };
const newScope = (): TScope => ({ names: new Set(), suffixes: [], addresses: new BlockList() });

/** `host:port`, `1.2.3.4:port`, `10.0.0.0/8:port`, `[::1]:port` → the destination and its port; else the entry alone. */
function splitPort(entry: string): { target: string; port?: number } {
  const bracketed = /^\[([^\]]+)\]:(\d{1,5})$/.exec(entry);
  const plain = /^([^:]+):(\d{1,5})$/.exec(entry);
  const match = bracketed ?? plain;
  if (!match) return { target: entry };
  const port = Number(match[2]);
  if (port < 1 || port > 65_535)
    throw new AllowlistError(`HOOKSTACK_OUTBOUND_ALLOWLIST: "${entry}" names port ${port}, which does not exist`);
  return { target: match[1]!, port };
}

function addEntry(scope: TScope, entry: string, target: string) {
  const slash = target.indexOf("/");
  if (slash !== -1) {
    const prefix = target.slice(slash + 1);
    if (/^\d{1,3}$/.test(prefix) && addAddress(scope.addresses, target.slice(0, slash), Number(prefix))) return;
    throw new AllowlistError(`HOOKSTACK_OUTBOUND_ALLOWLIST: "${entry}" is not a valid CIDR range (e.g. 10.0.0.0/8)`);
  }
  if (addAddress(scope.addresses, target)) return;
  const name = normaliseHostname(target);
  const match = HOSTNAME.exec(name);
  if (!match || name.length > 253) {
    throw new AllowlistError(`HOOKSTACK_OUTBOUND_ALLOWLIST: "${entry}" is not a hostname, IP address or CIDR range`);
  }
  if (match[1]) scope.suffixes.push(name.slice(1));
  else scope.names.add(name);
}

function scopeAllowsAddress(scope: TScope, text: string): boolean {
  const address = bareAddress(text);
  if (isIPv4(address)) return scope.addresses.check(address, "ipv4");
  const bytes = ipv6Bytes(address);
  if (!bytes) return false;
  if (scope.addresses.check(ipv6Text(bytes), "ipv6")) return true;
  // An IPv4-mapped address reaches its IPv4 address, which the list may name.
  return isIpv4Mapped(bytes) && scope.addresses.check(ipv4Text(bytes, 12), "ipv4");
}

/**
 * Parses the allowlist setting; throws an AllowlistError naming the first entry it cannot read. An entry may end
 * in `:port` (`127.0.0.1:4000`, `[::1]:4000`, `receiver.internal:8080`): it then allows that port only, so a local
 * webhook receiver can be reached without opening the rest of loopback.
 */
export function parseAllowlist(text: string | readonly string[] | undefined): TAllowlist {
  const entries = (typeof text === "string" ? text.split(",") : (text ?? [])).map((e) => e.trim()).filter(Boolean);
  const anyPort = newScope();
  const byPort = new Map<number, TScope>();
  for (const entry of entries) {
    const { target, port } = splitPort(entry);
    const scope = port === undefined ? anyPort : (byPort.get(port) ?? byPort.set(port, newScope()).get(port)!);
    addEntry(scope, entry, target);
  }
  const scopesFor = (port?: number) => {
    const scoped = port === undefined ? undefined : byPort.get(port);
    return scoped ? [anyPort, scoped] : [anyPort];
  };
  return {
    entries,
    allowsHostname(hostname, port) {
      const name = normaliseHostname(hostname);
      return scopesFor(port).some((s) => s.names.has(name) || s.suffixes.some((suffix) => name.endsWith(suffix)));
    },
    allowsAddress(text, port) {
      return scopesFor(port).some((s) => scopeAllowsAddress(s, text));
    },
  };
}

export const EMPTY_ALLOWLIST: TAllowlist = parseAllowlist("");
