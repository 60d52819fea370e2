import { describe, expect, it } from "vitest";
import { CUSTOMERS, stackOn } from "@/tests/support/run-stack";

const update = (config: Record<string, unknown>) => ({
  id: "up",
  type: "updateRecord",
  config: { table: "customers", by: "field", field: "stripe_id", value: "'cus_1'", ...config },
});

describe("updateRecord", () => {
  it("changes the given fields, keeps the others, and stores the new record", async () => {
    const s = stackOn([CUSTOMERS]);
    s.mem.records.seed("customers", "rec_1", { stripe_id: "cus_1", status: "active", seats: 3, vip: false });
    const r = await s.run([
      update({ fields: { status: "'past_due'", seats: "$missing" } }),
      { id: "out", type: "response", config: { body: "$record" } },
    ]);
    expect(r.response.body).toMatchObject({
      id: "rec_1",
      stripe_id: "cus_1",
      status: "past_due",
      seats: 3,
      vip: false,
    });
    expect(r.records).toEqual([
      expect.objectContaining({
        op: "update",
        id: "rec_1",
        data: { stripe_id: "cus_1", status: "past_due", seats: 3, vip: false },
        index: [{ field: "status", value: "1past_due" }],
        base: {
          version: 1,
          unique: [{ field: "stripe_id", value: '"cus_1"' }],
          index: [{ field: "status", value: "1active" }],
        },
      }),
    ]);
  });

  it("checks values as an insert does", async () => {
    const s = stackOn([CUSTOMERS]);
    s.mem.records.seed("customers", "rec_1", { stripe_id: "cus_1", status: null, seats: null, vip: null });
    const r = await s.run([update({ fields: { seats: "'many'" } })]);
    expect(r.error?.message).toMatch(/field "seats" of customers must be a whole number, got the text "many"/);
    const unknown = await s.run([update({ fields: { colour: "'red'" } })]);
    expect(unknown.error?.message).toMatch(/has no field "colour"/);
  });

  it("updates instead when a concurrent run added the upserted record after the lookup", async () => {
    const s = stackOn([CUSTOMERS]);
    const check = s.mem.services.isUniqueValueTaken;
    // The other run commits between this run's lookup (none) and its uniqueness check.
    s.mem.services.isUniqueValueTaken = async (tableId, field, value) => {
      if (!s.mem.records.rows.size)
        s.mem.records.seed("customers", "rec_other", { stripe_id: "cus_1", status: "new", seats: 1, vip: null });
      return check(tableId, field, value);
    };
    const r = await s.run([update({ fields: { status: "'active'" }, upsert: true })]);
    expect(r.error).toBeUndefined();
    expect(r.records).toEqual([
      expect.objectContaining({
        op: "update",
        id: "rec_other",
        data: { stripe_id: "cus_1", status: "active", seats: 1, vip: null },
        base: expect.objectContaining({ version: 1 }),
      }),
    ]);
  });

  it("updates the record it just added without checking its unique value again", async () => {
    const s = stackOn([CUSTOMERS]);
    const check = s.mem.services.isUniqueValueTaken;
    // Another run commits cus_1 right after this run checked it: refusing this run is left to the commit's unique
    // key (which runs it again), not to a second check between the two upserts.
    s.mem.services.isUniqueValueTaken = async (tableId, field, value) => {
      const taken = await check(tableId, field, value);
      if (!s.mem.records.rows.size) s.mem.records.seed("customers", "rec_other", { stripe_id: "cus_1" });
      return taken;
    };
    const r = await s.run([
      update({ fields: { seats: "1" }, upsert: true }),
      { ...update({ fields: { seats: "2" }, upsert: true }), id: "again" },
    ]);
    expect(r.error).toBeUndefined();
    expect(r.records).toEqual([
      expect.objectContaining({ op: "insert", data: { stripe_id: "cus_1", status: null, seats: 2, vip: null } }),
    ]);
  });

  it("adds the record when none matches with upsert, else stores null", async () => {
    const s = stackOn([CUSTOMERS]);
    const none = await s.run([update({ fields: { status: "'active'" } })]);
    expect(none.records).toEqual([]);
    const r = await s.run([update({ fields: { status: "'active'" }, upsert: true })]);
    expect(r.records).toEqual([
      expect.objectContaining({ op: "insert", data: { stripe_id: "cus_1", status: "active", seats: null, vip: null } }),
    ]);
    const byId = await s.run([
      { id: "up", type: "updateRecord", config: { table: "customers", id: "'rec_9'", upsert: true } },
    ]);
    expect(byId.error?.message).toMatch(/find it by a unique field/);
  });

  it("refuses a unique value another record holds", async () => {
    const s = stackOn([CUSTOMERS]);
    s.mem.records.seed("customers", "rec_1", { stripe_id: "cus_1" });
    s.mem.records.seed("customers", "rec_2", { stripe_id: "cus_2" });
    const r = await s.run([update({ fields: { stripe_id: "'cus_2'" } })]);
    expect(r.error?.message).toMatch(/must be unique: "cus_2" is already stored/);
    const same = await s.run([update({ fields: { stripe_id: "'cus_1'", status: "'x'" } })]);
    expect(same.error).toBeUndefined();
  });

  it("in a dry run, shows the change and writes nothing", async () => {
    const s = stackOn([CUSTOMERS]);
    s.mem.records.seed("customers", "rec_1", { stripe_id: "cus_1", status: "active" });
    const r = await s.run(
      [
        update({ fields: { status: "'canceled'" } }),
        { id: "get", type: "getRecord", config: { table: "customers", id: "'rec_1'", as: "c" } },
        { id: "out", type: "response", config: { body: "$c.status" } },
      ],
      { dryRun: true },
    );
    expect(r.records).toEqual([]);
    expect(r.response.body).toBe("canceled");
    expect(r.trace.find((t) => t.nodeId === "up")).toMatchObject({
      status: "skipped",
      output: {
        dryRun: true,
        wouldWrite: { table: "customers", op: "update", before: { status: "active" }, after: { status: "canceled" } },
      },
    });
  });
});
