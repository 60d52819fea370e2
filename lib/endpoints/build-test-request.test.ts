import { describe, expect, it } from "vitest";
import { buildTestRequest, ZTestEndpointBody } from "./build-test-request";

const base = {
  endpointId: "ep_1",
  origin: "https://hooks.example.com",
  ip: "",
  receivedAt: new Date("2026-01-02T03:04:05Z"),
};

describe("buildTestRequest", () => {
  it("looks like a POST to the public URL, JSON values sent as their JSON text", () => {
    const body = ZTestEndpointBody.parse({
      body: { a: 1 },
      query: { x: ["1", "2"], y: "z" },
      headers: { "X-Thing": 5 },
    });
    const req = buildTestRequest({ ...base, ...body });
    expect(req).toEqual({
      url: "https://hooks.example.com/hooks/ep_1?x=1&x=2&y=z",
      method: "POST",
      path: "/hooks/ep_1",
      query: { x: ["1", "2"], y: "z" },
      headers: { host: "hooks.example.com", "content-type": "application/json", "x-thing": "5", "content-length": "7" },
      ip: "",
      receivedAt: "2026-01-02T03:04:05.000Z",
      body: '{"a":1}',
    });
  });

  it("keeps a string body byte for byte, and lets the caller's headers win (names lower-cased)", () => {
    const raw = '{"b": 2,  "a":1}';
    const req = buildTestRequest({
      ...base,
      ...ZTestEndpointBody.parse({ body: raw, headers: { "Content-Type": "application/vnd+json" } }),
    });
    expect(req.body).toBe(raw);
    expect(req.headers["content-type"]).toBe("application/vnd+json");
    expect(req.headers["content-length"]).toBe(String(Buffer.byteLength(raw)));
  });

  it("labels non-JSON text as text, and sends no content type without a body", () => {
    expect(buildTestRequest({ ...base, ...ZTestEndpointBody.parse({ body: "a=1&b=2" }) }).headers["content-type"]).toBe(
      "text/plain; charset=utf-8",
    );
    const empty = buildTestRequest({ ...base, ...ZTestEndpointBody.parse({}) });
    expect(empty.body).toBe("");
    expect(empty.headers).toEqual({ host: "hooks.example.com", "content-length": "0" });
    expect(empty.url).toBe("https://hooks.example.com/hooks/ep_1");
  });

  it("defaults to a live-effect POST and upper-cases the method", () => {
    expect(ZTestEndpointBody.parse({})).toMatchObject({ dryRun: false, method: "POST" });
    expect(ZTestEndpointBody.parse({ method: "put" }).method).toBe("PUT");
    expect(ZTestEndpointBody.safeParse({ method: "GET /x" }).success).toBe(false);
    expect(ZTestEndpointBody.safeParse({ dryRun: "yes" }).success).toBe(false);
  });
});
