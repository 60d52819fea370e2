import { describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import type { TCaller } from "./caller";
import { checkAccess } from "./check-access";
import { isCrossSiteWrite } from "./same-origin";
import { parseScopes, roleCan, SCOPES } from "./scopes";

const person = (role: "owner" | "editor" | "viewer" | null): TCaller => ({
  kind: "person",
  userId: "u",
  name: "n",
  email: "e@x",
  sessionId: "s",
  workspaceId: role ? "ws" : null,
  role,
});
const key = (...scopes: (typeof SCOPES)[number][]): TCaller => ({
  kind: "key",
  keyId: "k",
  keyName: "ci",
  workspaceId: "ws",
  scopes,
});
const status = (fn: () => void) => {
  try {
    fn();
    return 200;
  } catch (err) {
    // The HTTP edge maps these codes (lib/api/errors.ts); the statuses read better in the expectations.
    return { unauthorized: 401, forbidden: 403 }[(err as DomainError).code as "unauthorized" | "forbidden"];
  }
};

describe("checkAccess", () => {
  it("401 without identity, except on public routes", () => {
    expect(status(() => checkAccess(null, { scope: "endpoints:read" }))).toBe(401);
    expect(status(() => checkAccess(null, "any"))).toBe(401);
    expect(status(() => checkAccess(null, "public"))).toBe(200);
  });
  it("roles grant scopes: viewers read, editors and owners write; only owners manage", () => {
    expect(status(() => checkAccess(person("viewer"), { scope: "tables:read" }))).toBe(200);
    expect(status(() => checkAccess(person("viewer"), { scope: "tables:write" }))).toBe(403);
    expect(status(() => checkAccess(person("editor"), { scope: "env:write" }))).toBe(200);
    expect(status(() => checkAccess(person("editor"), { role: "owner" }))).toBe(403);
    expect(status(() => checkAccess(person("owner"), { role: "owner" }))).toBe(200);
    expect(status(() => checkAccess(person(null), { scope: "endpoints:read" }))).toBe(403);
    expect(status(() => checkAccess(person(null), "signed-in"))).toBe(200);
  });
  it("keys need the scope, and never manage people or keys", () => {
    expect(status(() => checkAccess(key("endpoints:read"), { scope: "endpoints:read" }))).toBe(200);
    expect(status(() => checkAccess(key("endpoints:read"), { scope: "endpoints:write" }))).toBe(403);
    expect(status(() => checkAccess(key(...SCOPES), { role: "owner" }))).toBe(403);
    expect(status(() => checkAccess(key(...SCOPES), "signed-in"))).toBe(403);
  });
});

describe("isCrossSiteWrite", () => {
  const req = (method: string, headers: Record<string, string>) =>
    new Request("http://hooks.test/api/v1/endpoints", { method, headers: { host: "hooks.test", ...headers } });
  const cookie = { cookie: "better-auth.session_token=abc" };
  it("refuses a cookie-carrying change from another origin or with no origin at all", () => {
    expect(isCrossSiteWrite(req("POST", { ...cookie, origin: "http://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite(req("POST", cookie))).toBe(true);
    expect(isCrossSiteWrite(req("POST", { ...cookie, origin: "null" }))).toBe(true);
  });
  it("lets through our own origin, reads, Fetch Metadata same-origin, and requests without the cookie or with a key", () => {
    expect(isCrossSiteWrite(req("POST", { ...cookie, origin: "http://hooks.test" }))).toBe(false);
    expect(isCrossSiteWrite(req("GET", { ...cookie, origin: "http://evil.example" }))).toBe(false);
    expect(isCrossSiteWrite(req("DELETE", { ...cookie, "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteWrite(req("POST", { origin: "http://evil.example" }))).toBe(false);
    expect(
      isCrossSiteWrite(req("POST", { ...cookie, authorization: "Bearer hsk_x", origin: "http://evil.example" })),
    ).toBe(false);
  });
});

it("parseScopes: comma or space separated, `all`, unknown names refused", () => {
  expect(parseScopes("all")).toEqual([...SCOPES]);
  expect(parseScopes("endpoints:read, tables:read")).toEqual(["endpoints:read", "tables:read"]);
  expect(() => parseScopes("endpoints:read,bogus")).toThrow(/unknown scope bogus/);
  expect(() => parseScopes("")).toThrow(/no scopes/);
});

it("roleCan: what pages offer follows the same rule as the routes' check", () => {
  for (const role of ["owner", "editor", "viewer"] as const) {
    for (const scope of SCOPES) {
      let allowed = true;
      try {
        checkAccess(person(role), { scope });
      } catch {
        allowed = false;
      }
      expect(roleCan(role, scope), `${role} ${scope}`).toBe(allowed);
    }
  }
  expect(roleCan("viewer", "endpoints:write")).toBe(false);
  expect(roleCan("viewer", "endpoints:read")).toBe(true);
  expect(roleCan("editor", "tables:write")).toBe(true);
});
