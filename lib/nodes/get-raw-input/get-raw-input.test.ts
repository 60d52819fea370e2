import { describe, expect, it } from "vitest";
import { runChain } from "@/tests/support/graph-builder";

describe("getRawInput", () => {
  it("parses form bodies, keeping repeated keys as lists", async () => {
    const r = await runChain([{ id: "in", type: "getRawInput", config: { encoding: "form", as: "form" } }, { id: "out", type: "response", config: { body: "$form" } }], "a=1&a=2&b=x+y");
    expect(r.response.body).toEqual({ a: ["1", "2"], b: "x y" });
  });
  it("keeps text bodies as they are", async () => {
    const r = await runChain([{ id: "in", type: "getRawInput", config: { encoding: "text", as: "t" } }, { id: "out", type: "response", config: { body: "$t" } }], "  raw\ntext ");
    expect(r.response.body).toBe("  raw\ntext ");
  });
  it("answers 400 to an empty JSON body", async () => {
    const r = await runChain([{ id: "in", type: "getRawInput" }], "");
    expect(r.response).toMatchObject({ status: 400, body: { error: expect.stringContaining("empty") } });
  });
});
