import { describe, expect, it } from "vitest";
import { runChain } from "@/tests/support/graph-builder";

describe("webhook", () => {
  it("starts the run, tracing the request's method, path and body size", async () => {
    const r = await runChain([{ id: "out", type: "response", config: { status: "204" } }], '{"a":1}');
    expect(r.trace[0]).toMatchObject({ nodeId: "start", output: { method: "POST", path: "/hooks/ep", bodyBytes: 7 } });
    expect(r.response.status).toBe(204);
  });
});
