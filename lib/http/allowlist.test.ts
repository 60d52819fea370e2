import { describe, expect, it } from "vitest";
import { ZServerConfig } from "@/lib/config";
import { AllowlistError, parseAllowlist } from "./allowlist";

describe("parseAllowlist", () => {
  it("allows nothing when empty", () => {
    const list = parseAllowlist("");
    expect(list.entries).toEqual([]);
    expect(list.allowsAddress("127.0.0.1")).toBe(false);
    expect(list.allowsHostname("localhost")).toBe(false);
  });

  it("reads hostnames, wildcard subdomains, addresses and CIDR ranges", () => {
    const list = parseAllowlist(" billing.internal, *.corp.example ,127.0.0.1,[::1], 10.20.0.0/16, fd00::/8,, ");
    expect(list.entries).toEqual([
      "billing.internal",
      "*.corp.example",
      "127.0.0.1",
      "[::1]",
      "10.20.0.0/16",
      "fd00::/8",
    ]);
    expect(list.allowsHostname("billing.internal")).toBe(true);
    expect(list.allowsHostname("BILLING.internal.")).toBe(true);
    expect(list.allowsHostname("x.billing.internal")).toBe(false);
    expect(list.allowsHostname("api.corp.example")).toBe(true);
    expect(list.allowsHostname("a.b.corp.example")).toBe(true);
    expect(list.allowsHostname("corp.example")).toBe(false);
    expect(list.allowsHostname("evilcorp.example")).toBe(false);
    expect(list.allowsAddress("127.0.0.1")).toBe(true);
    expect(list.allowsAddress("127.0.0.2")).toBe(false);
    expect(list.allowsAddress("::1")).toBe(true);
    expect(list.allowsAddress("0:0:0:0:0:0:0:1")).toBe(true);
    expect(list.allowsAddress("10.20.255.1")).toBe(true);
    expect(list.allowsAddress("10.21.0.1")).toBe(false);
    expect(list.allowsAddress("fd12:3456::1")).toBe(true);
    expect(list.allowsAddress("fc00::1")).toBe(false);
  });

  it("matches an IPv4-mapped IPv6 address against IPv4 entries", () => {
    const list = parseAllowlist("127.0.0.1");
    expect(list.allowsAddress("::ffff:127.0.0.1")).toBe(true);
    expect(list.allowsAddress("::ffff:7f00:1")).toBe(true);
    expect(list.allowsAddress("::ffff:127.0.0.2")).toBe(false);
  });

  it.each([
    "10.0.0.0/33",
    "::/129",
    "10.0.0.0/",
    "10.0.0/8",
    "not a host!",
    "http://example.com",
    "*.",
    "a..b",
    "999.1.1.1/8",
  ])("refuses %s, naming it", (entry) => {
    expect(() => parseAllowlist(`127.0.0.1,${entry}`)).toThrow(AllowlistError);
    expect(() => parseAllowlist(entry)).toThrow(entry);
  });
});

describe("HOOKSTACK_OUTBOUND_ALLOWLIST", () => {
  it("defaults to empty and is checked at start", () => {
    expect(ZServerConfig.parse({}).HOOKSTACK_OUTBOUND_ALLOWLIST).toBe("");
    expect(
      ZServerConfig.parse({ HOOKSTACK_OUTBOUND_ALLOWLIST: "127.0.0.1,10.0.0.0/8" }).HOOKSTACK_OUTBOUND_ALLOWLIST,
    ).toBe("127.0.0.1,10.0.0.0/8");
    const bad = ZServerConfig.safeParse({ HOOKSTACK_OUTBOUND_ALLOWLIST: "10.0.0.0/99" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('"10.0.0.0/99" is not a valid CIDR range');
  });
});

describe("allowlist entries with a port", () => {
  it("allow that port only, for addresses, names and ranges", () => {
    const list = parseAllowlist("127.0.0.1:4100,[::1]:4100,receiver.internal:8080,10.1.0.0/16:9000");
    expect(list.allowsAddress("127.0.0.1", 4100)).toBe(true);
    expect(list.allowsAddress("127.0.0.1", 4101)).toBe(false);
    expect(list.allowsAddress("127.0.0.1")).toBe(false);
    expect(list.allowsAddress("::1", 4100)).toBe(true);
    expect(list.allowsAddress("::1", 80)).toBe(false);
    expect(list.allowsHostname("receiver.internal", 8080)).toBe(true);
    expect(list.allowsHostname("receiver.internal", 443)).toBe(false);
    expect(list.allowsAddress("10.1.2.3", 9000)).toBe(true);
    expect(list.allowsAddress("10.1.2.3", 9001)).toBe(false);
  });

  it("sit beside entries for every port", () => {
    const list = parseAllowlist("10.0.0.7,127.0.0.1:4100");
    expect(list.allowsAddress("10.0.0.7", 1234)).toBe(true);
    expect(list.allowsAddress("127.0.0.1", 4100)).toBe(true);
  });

  it("refuse a port that does not exist", () => {
    expect(() => parseAllowlist("127.0.0.1:0")).toThrow(AllowlistError);
    expect(() => parseAllowlist("127.0.0.1:70000")).toThrow("port 70000");
  });
});
