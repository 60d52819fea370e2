import { describe, expect, it } from "vitest";
import { runChain } from "@/tests/support/graph-builder";

describe("addRecord", () => {
  it("names the field whose value has the wrong type", async () => {
    const r = await runChain([
      { id: "save", type: "addRecord", config: { table: "orders", fields: { order_id: "'o1'", total: "'12.5'" } } },
    ]);
    expect(r.response.status).toBe(500);
    expect(r.error).toMatchObject({
      nodeId: "save",
      message: expect.stringContaining('field "total" of orders must be a number, got the text "12.5"'),
    });
  });
  it("refuses a missing required field, an unknown field and an unknown table", async () => {
    const missing = await runChain([
      { id: "save", type: "addRecord", config: { table: "orders", fields: { total: "1" } } },
    ]);
    expect(missing.error?.message).toContain('field "order_id" of orders is required');
    const unknown = await runChain([
      { id: "save", type: "addRecord", config: { table: "orders", fields: { order_id: "'x'", colour: "'red'" } } },
    ]);
    expect(unknown.error?.message).toContain('table orders has no field "colour"');
    const noTable = await runChain([{ id: "save", type: "addRecord", config: { table: "nope", fields: {} } }]);
    expect(noTable.error?.message).toBe('table "nope" does not exist');
  });
  it("normalises timestamps from unix seconds and ISO text, and refuses a repeated unique value within one run", async () => {
    const ok = await runChain([
      {
        id: "a",
        type: "addRecord",
        config: { table: "orders", fields: { order_id: "'o1'", paid_at: "1700000000" }, as: "first" },
      },
      { id: "out", type: "response", config: { body: "$first.paid_at" } },
    ]);
    expect(ok.response.body).toBe("2023-11-14T22:13:20.000Z");
    const twice = await runChain([
      { id: "a", type: "addRecord", config: { table: "orders", fields: { order_id: "'o1'" } } },
      { id: "b", type: "addRecord", config: { table: "orders", fields: { order_id: "'o1'" } } },
    ]);
    expect(twice.error).toMatchObject({ nodeId: "b", message: expect.stringContaining("must be unique") });
    expect(twice.records).toEqual([]);
  });
});
