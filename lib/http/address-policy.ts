import { BlockList, isIPv4 } from "node:net";
import { bareAddress, ipv4Text, ipv6Bytes, ipv6Text, isIpv4Mapped } from "./ip";

/**
 * Which destinations an outbound request may not reach: every address that is not public unicast (loopback,
 * private, link-local with the cloud metadata service, carrier-grade NAT, multicast, reserved, documentation...),
 * also when an IPv6 address carries such an IPv4 address (mapped, compatible, NAT64, 6to4), and the names of
 * cloud metadata services. Ranges follow IANA's IPv4 and IPv6 special-purpose address registries.
 */
export type TAddressVerdict =
  | { blocked: false }
  | {
      blocked: true;
      /** The address class, e.g. "loopback", "private", "link-local (cloud metadata)". */
      kind: string;
      /** The special-purpose range it falls in, e.g. "127.0.0.0/8". */
      range: string;
      /** The IPv4 address an IPv6 one carries, and the form that carries it. */
      embedded?: { address: string; form: string };
    };

type TRule = { kind: string; range: string; list: BlockList };

function rules(family: "ipv4" | "ipv6", table: readonly (readonly [string, string])[]): TRule[] {
  return table.map(([range, kind]) => {
    const [net = "", prefix = ""] = range.split("/");
    const list = new BlockList();
    list.addSubnet(net, Number(prefix), family);
    return { kind, range, list };
  });
}

// First match wins, so narrower ranges come before the ranges that contain them.
const IPV4_RULES = rules("ipv4", [
  ["0.0.0.0/8", "unspecified (this network)"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "carrier-grade NAT (shared)"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local (cloud metadata)"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "reserved (IETF protocol assignments)"],
  ["192.0.2.0/24", "documentation"],
  ["192.88.99.0/24", "reserved (6to4 relay)"],
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "benchmarking"],
  ["198.51.100.0/24", "documentation"],
  ["203.0.113.0/24", "documentation"],
  ["224.0.0.0/4", "multicast"],
  ["255.255.255.255/32", "broadcast"],
  ["240.0.0.0/4", "reserved"],
]);

const IPV6_RULES = rules("ipv6", [
  ["::/128", "unspecified"],
  ["::1/128", "loopback"],
  ["64:ff9b:1::/48", "private (local-use NAT64)"],
  ["100::/64", "reserved (discard-only)"],
  ["2001:db8::/32", "documentation"],
  ["2001::/23", "reserved (IETF protocol assignments, Teredo)"],
  ["3fff::/20", "documentation"],
  ["5f00::/16", "reserved (SRv6)"],
  ["fc00::/7", "unique-local (private)"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "site-local (private)"],
  ["ff00::/8", "multicast"],
]);

/** Only 2000::/3 is allocated for global unicast; everything else is reserved. */
const GLOBAL_UNICAST = rules("ipv6", [["2000::/3", ""]])[0]!.list;

/**
 * IPv6 forms that carry an IPv4 address, and where its four bytes sit. `viaIpv4`: a connection reaches the IPv4
 * address, so a public one is fine; the deprecated forms are refused whatever they carry.
 */
function embeddedIpv4(b: Uint8Array): { address: string; form: string; viaIpv4: boolean } | null {
  const zero = (from: number, to: number) => b.subarray(from, to).every((x) => x === 0);
  const at = (offset: number, form: string, viaIpv4: boolean) => ({ address: ipv4Text(b, offset), form, viaIpv4 });
  if (isIpv4Mapped(b)) return at(12, "IPv4-mapped", true);
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zero(4, 12)) return at(12, "NAT64", true);
  if (b[0] === 0x20 && b[1] === 0x02) return at(2, "6to4", true);
  // ::ffff:0:a.b.c.d (SIIT) and ::a.b.c.d (IPv4-compatible); :: and ::1 are ruled on as IPv6.
  if (zero(0, 8) && b[8] === 0xff && b[9] === 0xff && zero(10, 12)) return at(12, "IPv4-translated", false);
  if (zero(0, 12) && !(zero(12, 15) && (b[15] === 0 || b[15] === 1))) return at(12, "IPv4-compatible", false);
  return null;
}

function checkIpv4(address: string): TAddressVerdict {
  const rule = IPV4_RULES.find((r) => r.list.check(address, "ipv4"));
  return rule ? { blocked: true, kind: rule.kind, range: rule.range } : { blocked: false };
}

/** Whether an IP address (v4 or v6, any spelling) may be called. Text that is not an IP address is blocked. */
export function checkAddress(text: string): TAddressVerdict {
  const address = bareAddress(text);
  if (isIPv4(address)) return checkIpv4(address);
  const bytes = ipv6Bytes(address);
  if (!bytes) return { blocked: true, kind: "invalid", range: "not an IP address" };
  const embedded = embeddedIpv4(bytes);
  if (embedded) {
    const inner = checkIpv4(embedded.address);
    const carried = { address: embedded.address, form: embedded.form };
    if (inner.blocked) return { ...inner, embedded: carried };
    if (!embedded.viaIpv4) return { blocked: true, kind: "reserved", range: "::/80", embedded: carried };
    return inner;
  }
  const canonical = ipv6Text(bytes);
  const rule = IPV6_RULES.find((r) => r.list.check(canonical, "ipv6"));
  if (rule) return { blocked: true, kind: rule.kind, range: rule.range };
  if (!GLOBAL_UNICAST.check(canonical, "ipv6")) return { blocked: true, kind: "reserved", range: "outside 2000::/3" };
  return { blocked: false };
}

/**
 * Names that reach a cloud provider's instance metadata service (credentials!) or this machine, whatever DNS
 * says. Most resolve to 169.254.169.254 and are refused by address too; naming them makes the message clear.
 */
const METADATA_HOSTNAMES: ReadonlySet<string> = new Set([
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "instance-data",
  "instance-data.ec2.internal",
  "metadata.azure.internal",
  "metadata.tencentyun.com",
  "metadata.packet.net",
  "metadata.platformequinix.com",
]);

/** Lower-case, without a trailing dot (`metadata.google.internal.` is the same name). */
export function normaliseHostname(hostname: string): string {
  return bareAddress(hostname).toLowerCase().replace(/\.+$/, "");
}

/** Why a hostname is refused before any DNS lookup, or undefined. */
export function blockedHostname(hostname: string): string | undefined {
  const name = normaliseHostname(hostname);
  if (METADATA_HOSTNAMES.has(name)) return "a cloud metadata hostname";
  if (name === "localhost" || name.endsWith(".localhost") || name === "localhost.localdomain")
    return "a loopback hostname";
  return undefined;
}

const article = (word: string) => (/^[aeio]|^u(?!ni)/i.test(word) ? "an" : "a");

/** "10.0.0.5 is a private address (10.0.0.0/8)", for error messages. */
export function describeVerdict(address: string, verdict: Extract<TAddressVerdict, { blocked: true }>): string {
  const shown = bareAddress(address);
  const what = `${article(verdict.kind)} ${verdict.kind} address (${verdict.range})`;
  if (!verdict.embedded) return `${shown} is ${what}`;
  const { form, address: inner } = verdict.embedded;
  return `${shown} is ${article(form)} ${form} IPv6 address carrying ${inner}, ${what}`;
}
