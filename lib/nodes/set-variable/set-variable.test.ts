import { describe, expect, it } from "vitest";
import { runChain } from "@/tests/support/graph-builder";

describe("setVariable", () => {
  it("binds the evaluated value for the nodes after it", async () => {
    const r = await runChain(
      [
        { id: "in", type: "getRawInput", config: { as: "p" } },
        { id: "sum", type: "setVariable", config: { name: "total", value: "$p.amount / 100" } },
        { id: "out", type: "response", config: { body: "{ 'total': $total }" } },
      ],
      '{"amount":1250}',
    );
    expect(r.response.body).toEqual({ total: 12.5 });
  });
});
