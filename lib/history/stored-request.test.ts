import { describe, expect, it } from "vitest";
import { storedRequest } from "./stored-request";

describe("storedRequest (what a replay sends)", () => {
  it("keeps method, query, body and ordinary headers, and drops transport and redacted headers", () => {
    const replay = storedRequest({
      method: "POST",
      query: { a: "1", b: ["2", "3"] },
      headers: {
        host: "old.example.com",
        "content-length": "12",
        "content-type": "application/json",
        "x-github-event": "push",
        "x-hub-signature-256": "[redacted]",
        authorization: "[redacted]",
      },
      body: '{"x":  1}\n',
    });
    expect(replay).toEqual({
      method: "POST",
      query: { a: "1", b: ["2", "3"] },
      headers: { "content-type": "application/json", "x-github-event": "push" },
      body: '{"x":  1}\n',
      redactedHeaders: ["x-hub-signature-256", "authorization"],
    });
  });
});
