import { describe, expect, it } from "vitest";
import { ZTestCaseInput } from "@/lib/test-cases/schema";
import type { TComposer } from "./composer";
import type { TRequestEntry } from "./run-types";
import { testFromComposer, testFromEntry, testNameFor } from "./test-case-from";

const body = '{"type":"invoice.paid","id":"evt_1"}';

describe("saving a request as a test", () => {
  it("from the test panel: signature headers are made again at run time, the last answer is expected", () => {
    const composer: TComposer = {
      method: "POST",
      contentType: "application/json",
      body,
      isDryRun: true,
      query: "a=1",
      headers: [
        { id: "1", name: "stripe-signature", value: "t=1,v1=ab", isEnabled: true, isSigned: true },
        { id: "2", name: "x-extra", value: "yes", isEnabled: true },
        { id: "3", name: "x-off", value: "no", isEnabled: false },
      ],
    };
    const last = {
      kind: "test" as const,
      requestId: "r",
      response: { status: 200, headers: {}, body: {} },
      trace: [],
      durationMs: 1,
      error: null,
      version: null,
      isDryRun: true,
      receivedAt: "",
      request: { method: "POST", headers: {}, body },
    };
    const test = testFromComposer(composer, last);
    expect(test).toEqual({
      name: "invoice.paid → 200",
      request: {
        method: "POST",
        headers: { "x-extra": "yes", "content-type": "application/json" },
        query: { a: "1" },
        body,
        sign: true,
      },
      expect: { status: 200 },
    });
    expect(testFromComposer({ ...composer, body: "{}" }, last).expect?.status).toBeNull(); // the last run was another body
    expect(ZTestCaseInput.safeParse(test).success).toBe(true);
  });

  it("from a history entry: redacted and transport headers are left out, and it is signed when the stack checks signatures", () => {
    const entry = {
      method: "POST",
      headers: { host: "x", "content-length": "3", "stripe-signature": "[redacted]", "user-agent": "Stripe/1.0" },
      query: { token: "[redacted]", page: "2" },
      body,
      status: 401,
    } as unknown as TRequestEntry;
    expect(testFromEntry(entry, true)).toEqual({
      name: "invoice.paid → 401",
      request: { method: "POST", headers: { "user-agent": "Stripe/1.0" }, query: { page: "2" }, body, sign: true },
      expect: { status: 401 },
    });
    expect(testFromEntry(entry, false).request!.sign).toBe(false);
  });

  it("names a request by its event type, else its method", () => {
    expect(testNameFor('{"event":{"type":"app_mention"}}', "POST", null)).toBe("app_mention");
    expect(testNameFor("a=1", "GET", 403)).toBe("GET → 403");
  });
});
