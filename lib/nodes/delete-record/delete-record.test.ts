import { describe, expect, it } from "vitest";
import { CUSTOMERS, stackOn } from "@/tests/support/run-stack";

describe("deleteRecord", () => {
  it("deletes by unique field and stores what was deleted", async () => {
    const s = stackOn([CUSTOMERS]);
    s.mem.records.seed("customers", "rec_1", { stripe_id: "cus_1", status: "active" });
    const r = await s.run([
      {
        id: "del",
        type: "deleteRecord",
        config: { table: "customers", by: "field", field: "stripe_id", value: "'cus_1'" },
      },
      { id: "get", type: "getRecord", config: { table: "customers", id: "'rec_1'", as: "after" } },
      { id: "out", type: "response", config: { body: "{ 'deleted': $deleted.status, 'after': $after }" } },
    ]);
    expect(r.response.body).toEqual({ deleted: "active", after: null });
    expect(r.records).toEqual([
      expect.objectContaining({ op: "delete", id: "rec_1", base: expect.objectContaining({ version: 1 }) }),
    ]);
  });

  it("stores null when none matches, or ends with 404 when asked", async () => {
    const s = stackOn([CUSTOMERS]);
    const r = await s.run([
      { id: "del", type: "deleteRecord", config: { table: "customers", id: "'rec_x'" } },
      { id: "out", type: "response", config: { body: "{ 'd': $deleted }" } },
    ]);
    expect(r.response.body).toEqual({ d: null });
    const strict = await s.run([
      { id: "del", type: "deleteRecord", config: { table: "customers", id: "'rec_x'", ifMissing: "404" } },
    ]);
    expect(strict.response.status).toBe(404);
  });

  it("deleting a record the run added leaves nothing to write", async () => {
    const s = stackOn([CUSTOMERS]);
    const r = await s.run([
      { id: "add", type: "addRecord", config: { table: "customers", fields: { stripe_id: "'cus_9'" }, as: "added" } },
      { id: "del", type: "deleteRecord", config: { table: "customers", id: "$added.id" } },
    ]);
    expect(r.error).toBeUndefined();
    expect(r.records).toEqual([]);
  });
});
