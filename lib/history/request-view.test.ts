import { describe, expect, it } from "vitest";
import { toRequestView, type TRequestRow } from "./request-view";
import { wireBody } from "@/lib/json/wire-body";

describe("wireBody", () => {
  it("parses JSON answers and keeps other text", () => {
    expect(wireBody({ "content-type": "application/json; charset=utf-8" }, '{"ok":true}')).toEqual({ ok: true });
    expect(wireBody({ "Content-Type": "application/problem+json" }, "[1]")).toEqual([1]);
    expect(wireBody({ "content-type": "text/plain" }, '{"ok":true}')).toBe('{"ok":true}');
    expect(wireBody({ "content-type": "application/json" }, '{"clipped')).toBe('{"clipped');
  });
});

describe("toRequestView", () => {
  const row: TRequestRow = {
    id: "req_1",
    workspaceId: "ws_1",
    versionId: "ver_1",
    source: "live",
    method: "POST",
    path: "/hooks/ep_1",
    query: '{"a":"1"}',
    headers: '{"content-type":"application/json"}',
    ip: "1.2.3.4",
    body: '{"x":1}',
    bodySize: 7,
    bodyTruncated: false,
    receivedAt: 1767225600000n,
    status: 500,
    responseHeaders: '{"content-type":"application/json; charset=utf-8"}',
    responseBody: '{"error":"boom","requestId":"req_1"}',
    trace: '[{"nodeId":"start","type":"webhook","status":"ok","startedAt":"x","durationMs":0}]',
    durationMs: 1.5,
    error: '{"nodeId":"n","message":"boom"}',
    state: "failed",
    attempts: 1,
    acceptedStatus: null,
    replay: null,
  };

  it("parses JSON columns, keeps the raw body and converts epoch ms to ISO", () => {
    expect(toRequestView(row, new Map([["ver_1", 3]]))).toEqual({
      id: "req_1",
      source: "live",
      method: "POST",
      path: "/hooks/ep_1",
      query: { a: "1" },
      headers: { "content-type": "application/json" },
      ip: "1.2.3.4",
      body: '{"x":1}',
      bodySize: 7,
      bodyTruncated: false,
      receivedAt: "2026-01-01T00:00:00.000Z",
      status: 500,
      response: {
        status: 500,
        headers: { "content-type": "application/json; charset=utf-8" },
        body: { error: "boom", requestId: "req_1" },
      },
      trace: [{ nodeId: "start", type: "webhook", status: "ok", startedAt: "x", durationMs: 0 }],
      durationMs: 1.5,
      error: { nodeId: "n", message: "boom" },
      acceptedStatus: null,
      endedWithoutResponse: false,
      failedCheck: null,
      replay: null,
      version: 3,
      state: "failed",
      attempts: 1,
    });
  });
});
