import { describe, expect, it } from "vitest";
import { runChain } from "@/tests/support/graph-builder";

describe("response", () => {
  it("answers with the evaluated status, headers and body", async () => {
    const r = await runChain([
      {
        id: "out",
        type: "response",
        config: { status: "418", headers: { "X-Tea": "'earl grey'" }, body: "'short and stout'" },
      },
    ]);
    expect(r.response).toEqual({ status: 418, headers: { "x-tea": "earl grey" }, body: "short and stout" });
  });
  it.each(["1000", "100", "199", "0"])(
    "fails on status %s: only final statuses (200–599) can answer",
    async (status) => {
      const r = await runChain([{ id: "out", type: "response", config: { status } }]);
      expect(r.error).toMatchObject({ nodeId: "out", message: expect.stringContaining("200 to 599") });
      expect(r.response.status).toBe(500);
    },
  );
  it("fails on a header value with a line break (a response-splitting attempt from the payload)", async () => {
    const r = await runChain([
      { id: "out", type: "response", config: { headers: { "x-echo": "'a\r\nset-cookie: x=1'" } } },
    ]);
    expect(r.error).toMatchObject({
      nodeId: "out",
      message: expect.stringContaining('"x-echo" is not a valid HTTP header'),
    });
    expect(r.response.status).toBe(500);
    expect(r.response.headers).toEqual({});
  });
  it("fails on headers the server sets itself", async () => {
    const framing = await runChain([
      { id: "out", type: "response", config: { headers: { "Transfer-Encoding": "'chunked'" } } },
    ]);
    expect(framing.error?.message).toContain("set by the server");
  });
});
