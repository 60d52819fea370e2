import { describe, expect, it } from "vitest";
import { runChain } from "@/tests/support/graph-builder";

describe("response", () => {
  it("answers with the evaluated status, headers and body", async () => {
    const r = await runChain([{ id: "out", type: "response", config: { status: "418", headers: { "X-Tea": "'earl grey'" }, body: "'short and stout'" } }]);
    expect(r.response).toEqual({ status: 418, headers: { "x-tea": "earl grey" }, body: "short and stout" });
  });
  it("fails on a status outside 100–599", async () => {
    const r = await runChain([{ id: "out", type: "response", config: { status: "1000" } }]);
    expect(r.error).toMatchObject({ nodeId: "out", message: expect.stringContaining("100 to 599") });
  });
});
