import { describe, expect, it } from "vitest";
import { CUSTOMERS, stackOn } from "@/tests/support/run-stack";

const out = { id: "out", type: "response", config: { body: "$c" } };

describe("getRecord", () => {
  it("reads a record by id and by a unique field's value", async () => {
    const s = stackOn([CUSTOMERS]);
    s.mem.records.seed(
      "customers",
      "rec_1",
      { stripe_id: "cus_1", status: "active", seats: 3, vip: false },
      Date.UTC(2026, 0, 1),
    );
    const byId = await s.run([
      { id: "get", type: "getRecord", config: { table: "customers", id: "'rec_1'", as: "c" } },
      out,
    ]);
    expect(byId.response.body).toEqual({
      id: "rec_1",
      createdAt: "2026-01-01T00:00:00.000Z",
      stripe_id: "cus_1",
      status: "active",
      seats: 3,
      vip: false,
    });
    const byField = await s.run([
      {
        id: "get",
        type: "getRecord",
        config: { table: "customers", by: "field", field: "stripe_id", value: "'cus_1'", as: "c" },
      },
      out,
    ]);
    expect(byField.response.body).toMatchObject({ id: "rec_1" });
  });

  it("stores null when none matches, or ends with 404 when asked", async () => {
    const s = stackOn([CUSTOMERS]);
    const none = await s.run([
      { id: "get", type: "getRecord", config: { table: "customers", id: "'rec_x'", as: "c" } },
      { id: "out", type: "response", config: { body: "{ 'found': $c }" } },
    ]);
    expect(none.response.body).toEqual({ found: null });
    const missing = await s.run([
      {
        id: "get",
        type: "getRecord",
        config: { table: "customers", by: "field", field: "stripe_id", value: "'cus_x'", ifMissing: "404" },
      },
    ]);
    expect(missing.response).toMatchObject({
      status: 404,
      body: { error: 'no customers record with stripe_id "cus_x"' },
    });
  });

  it("sees what the run itself added", async () => {
    const s = stackOn([CUSTOMERS]);
    const r = await s.run([
      { id: "add", type: "addRecord", config: { table: "customers", fields: { stripe_id: "'cus_2'" } } },
      {
        id: "get",
        type: "getRecord",
        config: { table: "customers", by: "field", field: "stripe_id", value: "'cus_2'", as: "c" },
      },
      out,
    ]);
    expect(r.response.body).toMatchObject({ stripe_id: "cus_2", id: expect.stringMatching(/^rec_/) });
  });

  it("refuses lookups by a field that is not unique, and values of the wrong type", async () => {
    const s = stackOn([CUSTOMERS]);
    const notUnique = await s.run([
      { id: "get", type: "getRecord", config: { table: "customers", by: "field", field: "status", value: "'active'" } },
    ]);
    expect(notUnique.error?.message).toMatch(/"status" of customers is not unique/);
    const wrongType = await s.run([
      { id: "get", type: "getRecord", config: { table: "customers", by: "field", field: "stripe_id", value: "42" } },
    ]);
    expect(wrongType.error?.message).toMatch(/must be text, got number 42/);
    const noTable = await s.run([{ id: "get", type: "getRecord", config: { table: "nope", id: "'x'" } }]);
    expect(noTable.error?.message).toMatch(/table "nope" does not exist/);
  });
});
