import { describe, expect, it } from "vitest";
import { CUSTOMERS, stackOn } from "@/tests/support/run-stack";

function seeded() {
  const s = stackOn([CUSTOMERS]);
  const rows = [
    ["rec_1", "cus_1", "active", 1, true],
    ["rec_2", "cus_2", "past_due", 5, false],
    ["rec_3", "cus_3", "active", 10, null],
    ["rec_4", "cus_4", null, 3, false],
    ["rec_5", "cus_5", "", 7, true],
  ] as const;
  rows.forEach(([id, stripe_id, status, seats, vip], i) =>
    s.mem.records.seed("customers", id, { stripe_id, status, seats, vip }, 1000 + i),
  );
  return s;
}

const query = (config: Record<string, unknown>) => [
  { id: "q", type: "queryRecords", config: { table: "customers", ...config } },
  { id: "out", type: "response", config: { body: "{ 'ids': [$records.items.id], 'next': $records.nextCursor }" } },
];

describe("queryRecords", () => {
  it.each([
    ["[{ 'field': 'status', 'op': '=', 'value': 'active' }]", "and", ["rec_1", "rec_3"]],
    ["[{ 'field': 'status', 'op': '!=', 'value': 'active' }]", "and", ["rec_2", "rec_4", "rec_5"]],
    ["[{ 'field': 'seats', 'op': '<', 'value': 5 }]", "and", ["rec_1", "rec_4"]],
    ["[{ 'field': 'seats', 'op': '<=', 'value': 5 }]", "and", ["rec_1", "rec_2", "rec_4"]],
    ["[{ 'field': 'seats', 'op': '>', 'value': 5 }]", "and", ["rec_3", "rec_5"]],
    ["[{ 'field': 'seats', 'op': '>=', 'value': 7 }]", "and", ["rec_3", "rec_5"]],
    ["[{ 'field': 'stripe_id', 'op': 'in', 'value': ['cus_2', 'cus_5', 'cus_9'] }]", "and", ["rec_2", "rec_5"]],
    ["[{ 'field': 'status', 'op': 'contains', 'value': 'due' }]", "and", ["rec_2"]],
    ["[{ 'field': 'status', 'op': 'is empty' }]", "and", ["rec_4", "rec_5"]],
    [
      "[{ 'field': 'vip', 'op': 'is not empty' }, { 'field': 'vip', 'op': '=', 'value': false }]",
      "and",
      ["rec_2", "rec_4"],
    ],
    [
      "[{ 'field': 'seats', 'op': '=', 'value': 1 }, { 'field': 'seats', 'op': '=', 'value': 10 }]",
      "or",
      ["rec_1", "rec_3"],
    ],
    [
      "[{ 'field': 'vip', 'op': '=', 'value': true }, { 'or': [{ 'field': 'seats', 'op': '<', 'value': 2 }, { 'field': 'status', 'op': '=', 'value': '' }] }]",
      "and",
      ["rec_1", "rec_5"],
    ],
  ])("filters %s (%s)", async (filters, match, ids) => {
    const r = await seeded().run(query({ filters, match, sortBy: "id", direction: "asc" }));
    expect(r.error).toBeUndefined();
    expect(r.response.body).toEqual({ ids, next: null });
  });

  it("sorts, and pages by cursor or by offset", async () => {
    const s = seeded();
    const first = await s.run(query({ sortBy: "seats", direction: "desc", limit: 2 }));
    expect(first.response.body).toMatchObject({ ids: ["rec_3", "rec_5"], next: expect.any(String) });
    const next = (first.response.body as { next: string }).next;
    const second = await s.run(query({ sortBy: "seats", direction: "desc", limit: 2, cursor: `'${next}'` }));
    expect(second.response.body).toMatchObject({ ids: ["rec_2", "rec_4"] });
    const byOffset = await s.run(query({ sortBy: "seats", direction: "desc", limit: 2, offset: "4" }));
    expect(byOffset.response.body).toEqual({ ids: ["rec_1"], next: null });
    const newest = await s.run(query({ limit: 1 }));
    expect(newest.response.body).toMatchObject({ ids: ["rec_5"] });
    const wrongCursor = await s.run(query({ sortBy: "id", cursor: `'${next}'` }));
    expect(wrongCursor.error?.message).toMatch(/sorted by "seats"/);
  });

  it("reads the run's own changes with the committed records", async () => {
    const r = await seeded().run([
      {
        id: "add",
        type: "addRecord",
        config: { table: "customers", fields: { stripe_id: "'cus_6'", status: "'active'", seats: "2" } },
      },
      {
        id: "up",
        type: "updateRecord",
        config: { table: "customers", id: "'rec_1'", fields: { status: "'canceled'" } },
      },
      { id: "del", type: "deleteRecord", config: { table: "customers", id: "'rec_3'" } },
      ...query({ filters: "[{ 'field': 'status', 'op': '=', 'value': 'active' }]" }),
    ]);
    expect((r.response.body as { ids: string[] }).ids).toEqual([expect.stringMatching(/^rec_/)]);
    expect(r.trace.find((t) => t.nodeId === "q")?.output).toMatchObject({ count: 1 });
  });

  it("explains bad filters and limits", async () => {
    const s = seeded();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ filters: "[{ 'field': 'colour', 'op': '=', 'value': 'red' }]" }, /no field "colour"/],
      [{ filters: "[{ 'field': 'seats', 'op': '=', 'value': 'many' }]" }, /"seats" of customers is a whole number/],
      [{ filters: "[{ 'field': 'vip', 'op': '<', 'value': true }]" }, /"<" does not apply to the boolean field "vip"/],
      [{ filters: "[{ 'field': 'seats', 'op': 'like', 'value': 1 }]" }, /op one of/],
      [{ filters: "[{ 'field': 'seats', 'op': '=' }]" }, /needs a value/],
      [{ offset: "-1" }, /offset must be a whole number/],
      [{ sortBy: "colour" }, /sort: table customers has no field "colour"/],
    ];
    for (const [config, message] of cases) expect((await s.run(query(config))).error?.message).toMatch(message);
  });
});
