import { describe, expect, it } from "vitest";
import { ZTestCaseInput } from "@/lib/test-cases/schema";
import { caseFromForm, formFromCase } from "./form-model";

describe("the case form", () => {
  it("round-trips a case through its text fields", () => {
    const input = ZTestCaseInput.parse({
      name: "n",
      request: { method: "GET", headers: { "x-a": "1" }, query: { q: ["1", "2"] }, body: "", sign: true },
      expect: {
        status: 200,
        assertions: [{ expression: "a", op: "equals", value: { b: 1 } }, { expression: "c" }],
        ran: ["x", "y"],
        notRan: ["z"],
        records: [{ table: "t", op: "any", count: 2 }],
      },
    });
    expect(ZTestCaseInput.parse(caseFromForm(formFromCase(input)))).toEqual(input);
  });

  it("reads a value that is not JSON as text, and an empty status as any", () => {
    const form = {
      ...formFromCase({ name: "n" }),
      status: "",
      assertions: [{ expression: "note", op: "matches" as const, value: "^paid" }],
    };
    expect(caseFromForm(form).expect).toMatchObject({
      status: null,
      assertions: [{ expression: "note", op: "matches", value: "^paid" }],
    });
  });
});
