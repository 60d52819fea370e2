import { describe, expect, it } from "vitest";
import type { TTraceEntry } from "@/lib/engine/types";
import { finalFailure } from "./retry-policy";

const failedAt = (type: string): TTraceEntry[] => [
  { nodeId: "start", type: "webhook", status: "ok", startedAt: "x", durationMs: 0, handle: "next" },
  { nodeId: "n", type, status: "error", startedAt: "x", durationMs: 0, error: "no" },
];

const classify = (status: number, type: string, retryOn?: "transient" | "any") =>
  finalFailure({ status, error: { nodeId: "n" }, trace: () => failedAt(type), retryOn });

describe("finalFailure", () => {
  it("makes failed signature and token checks and unparsable bodies final", () => {
    expect(classify(401, "hmacVerify")).toBe("signature");
    expect(classify(403, "verifyToken")).toBe("token");
    expect(classify(400, "getRawInput")).toBe("parse");
  });

  it("makes a 4xx the stack chose final", () => {
    expect(classify(422, "precondition")).toBe("stack");
    expect(classify(404, "getRecord")).toBe("stack");
  });

  it("retries 5xx, limits and the 4xx that mean try again later", () => {
    expect(classify(500, "externalRequest")).toBeNull();
    expect(classify(503, "precondition")).toBeNull();
    expect(classify(429, "precondition")).toBeNull();
    expect(classify(408, "precondition")).toBeNull();
    expect(
      finalFailure({ status: 500, error: { message: "limit" } as { nodeId?: string }, trace: () => [] }),
    ).toBeNull();
  });

  it("retries everything when the endpoint asks for it, and never classifies a run without an error", () => {
    expect(classify(401, "hmacVerify", "any")).toBeNull();
    expect(finalFailure({ status: 404, error: undefined, trace: () => [] })).toBeNull();
  });

  it("reads the trace only when the status could be final", () => {
    let reads = 0;
    finalFailure({ status: 500, error: { nodeId: "n" }, trace: () => (reads++, []) });
    expect(reads).toBe(0);
  });
});
