import { describe, expect, it } from "vitest";
import { blockedHostname, checkAddress, describeVerdict } from "./address-policy";
import { ipv6Bytes, ipv6Text } from "./ip";

/** [address, expected class or null when it may be called, the range it is refused for] */
const TABLE: [string, string | null, string?][] = [
  // IPv4 public
  ["8.8.8.8", null],
  ["1.1.1.1", null],
  ["93.184.216.34", null],
  ["100.63.255.255", null],
  ["100.128.0.0", null],
  ["172.15.255.255", null],
  ["172.32.0.0", null],
  ["192.169.0.1", null],
  ["169.253.255.255", null],
  ["223.255.255.255", null],
  ["192.0.1.1", null],
  ["198.20.0.1", null],
  // IPv4 refused
  ["0.0.0.0", "unspecified (this network)", "0.0.0.0/8"],
  ["0.1.2.3", "unspecified (this network)", "0.0.0.0/8"],
  ["10.0.0.1", "private", "10.0.0.0/8"],
  ["10.255.255.255", "private", "10.0.0.0/8"],
  ["100.64.0.1", "carrier-grade NAT (shared)", "100.64.0.0/10"],
  ["100.100.100.200", "carrier-grade NAT (shared)", "100.64.0.0/10"], // Alibaba Cloud metadata
  ["100.127.255.255", "carrier-grade NAT (shared)", "100.64.0.0/10"],
  ["127.0.0.1", "loopback", "127.0.0.0/8"],
  ["127.255.255.254", "loopback", "127.0.0.0/8"],
  ["169.254.169.254", "link-local (cloud metadata)", "169.254.0.0/16"],
  ["169.254.0.1", "link-local (cloud metadata)", "169.254.0.0/16"],
  ["172.16.0.1", "private", "172.16.0.0/12"],
  ["172.31.255.255", "private", "172.16.0.0/12"],
  ["192.0.0.192", "reserved (IETF protocol assignments)", "192.0.0.0/24"], // Oracle Cloud metadata
  ["192.0.2.1", "documentation", "192.0.2.0/24"],
  ["192.88.99.1", "reserved (6to4 relay)", "192.88.99.0/24"],
  ["192.168.1.1", "private", "192.168.0.0/16"],
  ["198.18.0.1", "benchmarking", "198.18.0.0/15"],
  ["198.19.255.255", "benchmarking", "198.18.0.0/15"],
  ["198.51.100.7", "documentation", "198.51.100.0/24"],
  ["203.0.113.9", "documentation", "203.0.113.0/24"],
  ["224.0.0.1", "multicast", "224.0.0.0/4"],
  ["239.255.255.250", "multicast", "224.0.0.0/4"],
  ["240.0.0.1", "reserved", "240.0.0.0/4"],
  ["255.255.255.254", "reserved", "240.0.0.0/4"],
  ["255.255.255.255", "broadcast", "255.255.255.255/32"],
  // IPv6 public
  ["2606:4700:4700::1111", null],
  ["2001:4860:4860::8888", null],
  ["2a00:1450:4001:80e::200e", null],
  ["::ffff:8.8.8.8", null],
  ["64:ff9b::808:808", null],
  ["2002:808:808::1", null],
  // IPv6 refused
  ["::", "unspecified", "::/128"],
  ["::1", "loopback", "::1/128"],
  ["0:0:0:0:0:0:0:1", "loopback", "::1/128"],
  ["[::1]", "loopback", "::1/128"],
  ["fc00::1", "unique-local (private)", "fc00::/7"],
  ["fd00:ec2::254", "unique-local (private)", "fc00::/7"], // AWS IMDS over IPv6
  ["fdff:ffff::1", "unique-local (private)", "fc00::/7"],
  ["fe80::1", "link-local", "fe80::/10"],
  ["fe80::1%eth0", "link-local", "fe80::/10"],
  ["febf::1", "link-local", "fe80::/10"],
  ["fec0::1", "site-local (private)", "fec0::/10"],
  ["ff02::1", "multicast", "ff00::/8"],
  ["ff05::1:3", "multicast", "ff00::/8"],
  ["2001:db8::1", "documentation", "2001:db8::/32"],
  ["3fff::1", "documentation", "3fff::/20"],
  ["2001::1", "reserved (IETF protocol assignments, Teredo)", "2001::/23"],
  ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "reserved (IETF protocol assignments, Teredo)", "2001::/23"],
  ["100::1", "reserved (discard-only)", "100::/64"],
  ["64:ff9b:1::a00:1", "private (local-use NAT64)", "64:ff9b:1::/48"],
  ["5f00::1", "reserved (SRv6)", "5f00::/16"],
  ["4000::1", "reserved", "outside 2000::/3"],
  ["1::1", "reserved", "outside 2000::/3"],
  // IPv6 carrying a refused IPv4 address
  ["::ffff:127.0.0.1", "loopback", "127.0.0.0/8"],
  ["::ffff:7f00:1", "loopback", "127.0.0.0/8"],
  ["0:0:0:0:0:ffff:7f00:0001", "loopback", "127.0.0.0/8"],
  ["::ffff:10.1.2.3", "private", "10.0.0.0/8"],
  ["::ffff:169.254.169.254", "link-local (cloud metadata)", "169.254.0.0/16"],
  ["::ffff:a9fe:a9fe", "link-local (cloud metadata)", "169.254.0.0/16"],
  ["::ffff:192.168.0.1", "private", "192.168.0.0/16"],
  ["::127.0.0.1", "loopback", "127.0.0.0/8"],
  ["::a00:1", "private", "10.0.0.0/8"],
  ["::8.8.8.8", "reserved", "::/80"],
  ["::ffff:0:127.0.0.1", "loopback", "127.0.0.0/8"],
  ["::ffff:0:8.8.8.8", "reserved", "::/80"],
  ["64:ff9b::127.0.0.1", "loopback", "127.0.0.0/8"],
  ["64:ff9b::a9fe:a9fe", "link-local (cloud metadata)", "169.254.0.0/16"],
  ["64:ff9b::192.168.1.1", "private", "192.168.0.0/16"],
  ["2002:7f00:1::", "loopback", "127.0.0.0/8"],
  ["2002:a9fe:a9fe::1", "link-local (cloud metadata)", "169.254.0.0/16"],
  ["2002:c0a8:101::1", "private", "192.168.0.0/16"],
  // not an address at all
  ["localhost", "invalid", "not an IP address"],
  ["", "invalid", "not an IP address"],
  ["1.2.3", "invalid", "not an IP address"],
];

describe("checkAddress", () => {
  it.each(TABLE)("%s → %s", (address, kind, range) => {
    const verdict = checkAddress(address);
    if (kind === null) expect(verdict).toEqual({ blocked: false });
    else expect(verdict).toMatchObject({ blocked: true, kind, range });
  });

  it("names the IPv4 address an IPv6 one carries", () => {
    expect(checkAddress("::ffff:127.0.0.1")).toEqual({
      blocked: true,
      kind: "loopback",
      range: "127.0.0.0/8",
      embedded: { address: "127.0.0.1", form: "IPv4-mapped" },
    });
    expect(checkAddress("64:ff9b::a9fe:a9fe")).toMatchObject({
      embedded: { address: "169.254.169.254", form: "NAT64" },
    });
    expect(checkAddress("2002:a00:1::")).toMatchObject({ embedded: { address: "10.0.0.1", form: "6to4" } });
  });

  it("describes a verdict in words", () => {
    const say = (a: string) => {
      const v = checkAddress(a);
      if (!v.blocked) throw new Error("expected a refusal");
      return describeVerdict(a, v);
    };
    expect(say("127.0.0.1")).toBe("127.0.0.1 is a loopback address (127.0.0.0/8)");
    expect(say("169.254.169.254")).toBe("169.254.169.254 is a link-local (cloud metadata) address (169.254.0.0/16)");
    expect(say("fd00::1")).toBe("fd00::1 is a unique-local (private) address (fc00::/7)");
    expect(say("0.0.0.0")).toBe("0.0.0.0 is an unspecified (this network) address (0.0.0.0/8)");
    expect(say("[::ffff:10.0.0.1]")).toBe(
      "::ffff:10.0.0.1 is an IPv4-mapped IPv6 address carrying 10.0.0.1, a private address (10.0.0.0/8)",
    );
  });
});

describe("blockedHostname", () => {
  it.each([
    ["metadata.google.internal", "a cloud metadata hostname"],
    ["METADATA.google.internal.", "a cloud metadata hostname"],
    ["metadata.goog", "a cloud metadata hostname"],
    ["metadata", "a cloud metadata hostname"],
    ["instance-data.ec2.internal", "a cloud metadata hostname"],
    ["localhost", "a loopback hostname"],
    ["LOCALHOST.", "a loopback hostname"],
    ["api.localhost", "a loopback hostname"],
  ])("%s is refused by name", (name, why) => {
    expect(blockedHostname(name)).toBe(why);
  });

  it.each(["example.com", "metadata.example.com", "localhost.example.com", "google.internal"])(
    "%s is left to DNS",
    (name) => {
      expect(blockedHostname(name)).toBeUndefined();
    },
  );
});

describe("ipv6Bytes", () => {
  it.each([
    ["::", "0:0:0:0:0:0:0:0"],
    ["::1", "0:0:0:0:0:0:0:1"],
    ["1::", "1:0:0:0:0:0:0:0"],
    ["fe80::1:2", "fe80:0:0:0:0:0:1:2"],
    ["::ffff:1.2.3.4", "0:0:0:0:0:ffff:102:304"],
    ["1:2:3:4:5:6:7.8.9.10", "1:2:3:4:5:6:708:90a"],
    ["1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"],
    ["[2001:DB8::A]", "2001:db8:0:0:0:0:0:a"],
  ])("%s expands to %s", (text, expanded) => {
    expect(ipv6Text(ipv6Bytes(text)!)).toBe(expanded);
  });

  it("rejects what is not IPv6", () => {
    for (const bad of ["1.2.3.4", "1:::2", "12345::", "g::1", ""]) expect(ipv6Bytes(bad)).toBeNull();
  });
});
