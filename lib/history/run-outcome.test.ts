import { describe, expect, it } from "vitest";
import type { TTraceEntry } from "@/lib/engine/types";
import { endedWithoutResponse, failedCheck, parseReplayInfo } from "./run-outcome";

const step = (nodeId: string, type: string, extra: Partial<TTraceEntry> = {}): TTraceEntry => ({
  nodeId,
  type,
  status: "ok",
  startedAt: "2026-01-01T00:00:00.000Z",
  durationMs: 0,
  handle: "next",
  ...extra,
});

describe("endedWithoutResponse", () => {
  it("is true when no step answered and the run did not fail", () => {
    expect(endedWithoutResponse([step("start", "webhook")], null)).toBe(true);
    expect(endedWithoutResponse([step("start", "webhook"), step("if", "conditional", { handle: "false" })], null)).toBe(
      true,
    );
  });

  it("is false when a Response node (or any node) answered", () => {
    expect(endedWithoutResponse([step("start", "webhook"), step("ok", "response", { handle: undefined })], null)).toBe(
      false,
    );
    expect(endedWithoutResponse([step("start", "webhook"), step("d", "dedupe", { handle: undefined })], null)).toBe(
      false,
    );
  });

  it("is false for failed runs, empty traces and clipped traces", () => {
    expect(endedWithoutResponse([step("start", "webhook")], { message: "boom" })).toBe(false);
    expect(endedWithoutResponse([], null)).toBe(false);
    expect(
      endedWithoutResponse([step("start", "webhook"), step("(trace clipped)", "unknown", { status: "skipped" })], null),
    ).toBe(false);
  });
});

describe("failedCheck", () => {
  const trace = [
    step("start", "webhook"),
    step("sig", "hmacVerify", { status: "error", handle: undefined }),
    step("tok", "verifyToken", { status: "error", handle: undefined }),
  ];

  it("names the signature or token check the error came from", () => {
    expect(failedCheck(trace, { nodeId: "sig" })).toBe("signature");
    expect(failedCheck(trace, { nodeId: "tok" })).toBe("token");
  });

  it("is null for other failures and for runs without an error", () => {
    expect(failedCheck(trace, { nodeId: "start" })).toBeNull();
    expect(failedCheck(trace, { nodeId: undefined })).toBeNull();
    expect(failedCheck(trace, null)).toBeNull();
  });
});

describe("parseReplayInfo", () => {
  it("reads the stored JSON and ignores anything else", () => {
    expect(parseReplayInfo('{"of":"req_1","target":"live","resigned":false,"originalFailed":"signature"}')).toEqual({
      of: "req_1",
      target: "live",
      resigned: false,
      originalFailed: "signature",
    });
    expect(parseReplayInfo(null)).toBeNull();
    expect(parseReplayInfo("nope")).toBeNull();
    expect(parseReplayInfo("{}")).toBeNull();
  });
});
