import { describe, expect, it } from "vitest";
import { CUSTOMERS, stackOn } from "@/tests/support/run-stack";

const save = { id: "save", type: "addRecord", config: { table: "customers", fields: { stripe_id: "'cus_1'" } } };

describe("precondition", () => {
  it("continues when the condition holds", async () => {
    const { run } = stackOn([CUSTOMERS]);
    const r = await run([save, { id: "pre", type: "precondition", config: { condition: "true" } }]);
    expect(r.response).toMatchObject({ status: 200 });
    expect(r.records).toHaveLength(1);
  });

  it("ends with 400 and its message by default, keeping none of the run's writes", async () => {
    const { run } = stackOn([CUSTOMERS]);
    const r = await run([
      save,
      { id: "pre", type: "precondition", config: { condition: "$request.query.ok", message: "'missing ok'" } },
    ]);
    expect(r.response).toMatchObject({ status: 400, body: { error: "missing ok" } });
    expect(r.records).toEqual([]);
    expect(r.error).toMatchObject({ nodeId: "pre", message: "missing ok" });
  });

  it("answers the chosen status and body", async () => {
    const { run } = stackOn([]);
    const r = await run([
      {
        id: "pre",
        type: "precondition",
        config: { condition: "false", status: "422", body: "{ 'reason': 'no customer' }" },
      },
    ]);
    expect(r.response).toMatchObject({ status: 422, body: { reason: "no customer" } });
  });

  it("can be caught by its error handle", async () => {
    const { run } = stackOn([]);
    const r = await run(
      [
        { id: "pre", type: "precondition", config: { condition: "false" } },
        { id: "caught", type: "response", config: { status: "202", body: "$error.message" } },
      ],
      { edges: [{ source: "pre", sourceHandle: "error", target: "caught" }] },
    );
    expect(r.response).toMatchObject({ status: 202, body: "precondition failed" });
  });
});
