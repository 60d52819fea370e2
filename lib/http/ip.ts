import { isIPv4, isIPv6 } from "node:net";

/** An address text without URL brackets or an IPv6 zone (`fe80::1%eth0`). */
export function bareAddress(text: string): string {
  const unbracketed = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  const zone = unbracketed.indexOf("%");
  return zone === -1 ? unbracketed : unbracketed.slice(0, zone);
}

/** The 16 bytes of an IPv6 address (any valid spelling, dotted IPv4 tail included), or null. */
export function ipv6Bytes(text: string): Uint8Array | null {
  const address = bareAddress(text);
  if (!isIPv6(address)) return null;
  let head = address;
  const tail: number[] = [];
  const lastColon = address.lastIndexOf(":");
  const last = address.slice(lastColon + 1);
  if (isIPv4(last)) {
    const [a, b, c, d] = last.split(".").map(Number) as [number, number, number, number];
    tail.push((a << 8) | b, (c << 8) | d);
    head = address.slice(0, lastColon + 1);
    // "::1.2.3.4" leaves "::" and "a::1.2.3.4" leaves "a::"; a single trailing ":" is the separator.
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const [left = "", right] = head.split("::") as [string, string | undefined];
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((h) => parseInt(h, 16)));
  const groups =
    right === undefined
      ? [...parse(left), ...tail]
      : (() => {
          const l = parse(left);
          const r = [...parse(right), ...tail];
          return [...l, ...new Array<number>(8 - l.length - r.length).fill(0), ...r];
        })();
  if (groups.length !== 8) return null;
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[i * 2] = g >> 8;
    bytes[i * 2 + 1] = g & 0xff;
  });
  return bytes;
}

/** Canonical IPv6 text (lower-case, fully expanded groups joined by ":"), which node:net accepts. */
export function ipv6Text(bytes: Uint8Array): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return groups.join(":");
}

export const ipv4Text = (bytes: Uint8Array, at: number) => [0, 1, 2, 3].map((i) => bytes[at + i]).join(".");

/** Whether IPv6 bytes are an IPv4-mapped address (`::ffff:a.b.c.d`), whose IPv4 address is its last four bytes. */
export const isIpv4Mapped = (bytes: Uint8Array) =>
  bytes.subarray(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
