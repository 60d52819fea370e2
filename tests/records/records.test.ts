import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { allRecords, chainGraph, CUSTOMERS_TABLE, published, upsertNode } from "./fixtures";

const answer = (body: string, status = "200") => ({ id: "ok", type: "response", config: { status, body } });

describeEachProvider("record nodes over HTTP", (provider) => {
  let s: TTestServer;
  let upsert: string;
  beforeAll(async () => {
    s = await startTestServer(provider);
    expect((await s.api("POST", "/api/v1/tables", CUSTOMERS_TABLE)).status).toBe(201);
    upsert = (
      await published(
        s,
        "upsert",
        chainGraph([upsertNode({ status: "$payload.status", visits: "$payload.visits" }), answer("$record")]),
      )
    ).path;
  });
  afterAll(() => s?.stop());

  const send = async (path: string, body: unknown) => {
    const res = await s.post(path, JSON.stringify(body));
    return { status: res.status, body: await res.json() };
  };

  it("marks fields indexed in the tables API, and refuses indexed json fields", async () => {
    const table = await s.api("GET", "/api/v1/tables/customers");
    expect(table.body.fields[1]).toEqual({
      name: "status",
      type: "text",
      required: false,
      unique: false,
      indexed: true,
    });
    const bad = await s.api("POST", "/api/v1/tables", {
      name: "bad",
      fields: [{ name: "meta", type: "json", indexed: true }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({
      path: "fields.0.indexed",
      message: expect.stringMatching(/json fields cannot be indexed/),
    });
  });

  it("upserts, reads by id and unique field, updates, queries and deletes", async () => {
    const first = await send(upsert, { customer: "cus_a", status: "trialing", visits: 0 });
    expect(first).toMatchObject({
      status: 200,
      body: { id: expect.stringMatching(/^rec_/), stripe_id: "cus_a", status: "trialing", visits: 0 },
    });
    const again = await send(upsert, { customer: "cus_a", status: "active" });
    expect(again.body).toMatchObject({ id: first.body.id, status: "active", visits: 0 });

    const get = (
      await published(
        s,
        "get",
        chainGraph([
          { id: "get", type: "getRecord", config: { table: "customers", id: "$payload.id", ifMissing: "404" } },
          answer("$record"),
        ]),
      )
    ).path;
    expect(await send(get, { id: first.body.id })).toMatchObject({
      status: 200,
      body: { stripe_id: "cus_a", status: "active" },
    });
    expect(await send(get, { id: "rec_nope" })).toMatchObject({
      status: 404,
      body: { error: 'no customers record with id "rec_nope"' },
    });

    for (const [customer, status, visits] of [
      ["cus_b", "active", 5],
      ["cus_c", "canceled", 9],
      ["cus_d", "active", 12],
      ["cus_e", null, 1],
    ] as const) {
      expect((await send(upsert, { customer, status, visits })).status).toBe(200);
    }
    const query = (
      await published(
        s,
        "query",
        chainGraph([
          {
            id: "q",
            type: "queryRecords",
            config: {
              table: "customers",
              filters: "$payload.filters",
              match: "and",
              sortBy: "visits",
              direction: "asc",
              limit: 2,
              cursor: "$payload.cursor",
            },
          },
          answer("{ 'ids': [$records.items.stripe_id], 'next': $records.nextCursor }"),
        ]),
      )
    ).path;
    const active = await send(query, { filters: [{ field: "status", op: "=", value: "active" }] });
    expect(active.body).toEqual({ ids: ["cus_a", "cus_b"], next: expect.any(String) });
    expect(
      (await send(query, { filters: [{ field: "status", op: "=", value: "active" }], cursor: active.body.next })).body,
    ).toEqual({ ids: ["cus_d"], next: null });
    const mixed = await send(query, {
      filters: [
        {
          or: [
            { field: "status", op: "is empty" },
            { field: "visits", op: ">=", value: 9 },
          ],
        },
        { field: "stripe_id", op: "!=", value: "cus_d" },
      ],
    });
    expect(mixed.body).toEqual({ ids: ["cus_e", "cus_c"], next: null });
    expect(
      (await send(query, { filters: [{ field: "status", op: "in", value: ["canceled", "trialing"] }] })).body.ids,
    ).toEqual(["cus_c"]);
    expect((await send(query, { filters: [{ field: "status", op: "contains", value: "cel" }] })).body.ids).toEqual([
      "cus_c",
    ]);
    expect((await send(query, { filters: [{ field: "status", op: ">", value: "b" }] })).body.ids).toEqual(["cus_c"]);
    expect((await send(query, { filters: [{ field: "status", op: "<=", value: "active" }] })).body.ids).toEqual([
      "cus_a",
      "cus_b",
    ]);
    const bad = await send(query, { filters: [{ field: "visits", op: "contains", value: "1" }] });
    expect(bad).toMatchObject({
      status: 500,
      body: { error: expect.stringMatching(/"contains" applies to text fields/) },
    });

    const del = (
      await published(
        s,
        "delete",
        chainGraph([
          {
            id: "del",
            type: "deleteRecord",
            config: { table: "customers", by: "field", field: "stripe_id", value: "$payload.customer" },
          },
          answer("{ 'deleted': $deleted }"),
        ]),
      )
    ).path;
    expect((await send(del, { customer: "cus_c" })).body).toMatchObject({
      deleted: { stripe_id: "cus_c", status: "canceled" },
    });
    expect((await send(del, { customer: "cus_c" })).body).toEqual({ deleted: null });
    expect((await send(query, { filters: [{ field: "status", op: "=", value: "canceled" }] })).body.ids).toEqual([]);
    // Its unique value is free again.
    expect((await send(upsert, { customer: "cus_c", status: "trialing" })).status).toBe(200);
  });

  it("keeps nothing of a run that fails after changing records", async () => {
    await send(upsert, { customer: "cus_f", status: "active", visits: 1 });
    const graph = chainGraph([
      upsertNode({ status: "'changed'" }),
      {
        id: "gone",
        type: "deleteRecord",
        config: { table: "customers", by: "field", field: "stripe_id", value: "'cus_a'" },
      },
      { id: "pre", type: "precondition", config: { condition: "false", status: "409", message: "'stop'" } },
    ]);
    const { path } = await published(s, "fails", graph);
    expect(await send(path, { customer: "cus_f" })).toEqual({ status: 409, body: { error: "stop" } });
    const rows = await allRecords(s, "customers");
    expect(rows.find((r) => r.stripe_id === "cus_f")).toMatchObject({ status: "active" });
    expect(rows.find((r) => r.stripe_id === "cus_a")).toBeDefined();
  });

  it("dry runs show what would be read and changed, and change nothing", async () => {
    const { id } = await published(
      s,
      "dry",
      chainGraph([
        {
          id: "get",
          type: "getRecord",
          config: { table: "customers", by: "field", field: "stripe_id", value: "$payload.customer", as: "before" },
        },
        upsertNode({ visits: "$before.visits + 100" }),
        {
          id: "del",
          type: "deleteRecord",
          config: { table: "customers", by: "field", field: "stripe_id", value: "'cus_b'" },
        },
        answer("$record"),
      ]),
    );
    const test = await s.api("POST", `/api/v1/endpoints/${id}/test`, {
      body: JSON.stringify({ customer: "cus_f" }),
      dryRun: true,
    });
    expect(test.status).toBe(200);
    expect(test.body.response.body).toMatchObject({ stripe_id: "cus_f", visits: 101 });
    const step = (nodeId: string) => test.body.trace.find((t: { nodeId: string }) => t.nodeId === nodeId);
    expect(step("get")).toMatchObject({ status: "ok", output: { stripe_id: "cus_f", visits: 1 } });
    expect(step("save")).toMatchObject({
      status: "skipped",
      output: { dryRun: true, wouldWrite: { op: "update", before: { visits: 1 }, after: { visits: 101 } } },
    });
    expect(step("del")).toMatchObject({
      status: "skipped",
      output: { wouldDelete: { table: "customers", record: { stripe_id: "cus_b" } } },
    });
    const rows = await allRecords(s, "customers");
    expect(rows.find((r) => r.stripe_id === "cus_f")).toMatchObject({ visits: 1 });
    expect(rows.find((r) => r.stripe_id === "cus_b")).toBeDefined();
  });

  it("never loses an update when requests race on one record", async () => {
    await send(upsert, { customer: "cus_race", status: "active", visits: 0 });
    const { path } = await published(
      s,
      "count",
      chainGraph([
        {
          id: "get",
          type: "getRecord",
          config: {
            table: "customers",
            by: "field",
            field: "stripe_id",
            value: "$payload.customer",
            as: "c",
            ifMissing: "404",
          },
        },
        {
          id: "inc",
          type: "updateRecord",
          config: { table: "customers", id: "$c.id", fields: { visits: "$c.visits + 1" } },
        },
        answer("$record.visits"),
      ]),
    );
    const racers = 25;
    const answers = await Promise.all(Array.from({ length: racers }, () => send(path, { customer: "cus_race" })));
    expect(answers.map((a) => a.status)).toEqual(Array(racers).fill(200));
    // Each run saw a different count: none was based on a value another run had already replaced.
    expect(answers.map((a) => a.body).sort((a, b) => a - b)).toEqual(Array.from({ length: racers }, (_, i) => i + 1));
    expect((await allRecords(s, "customers")).find((r) => r.stripe_id === "cus_race")).toMatchObject({
      visits: racers,
    });
  });

  // `$sort` needs the full JSONata evaluator, so these stacks run in an isolated worker thread (lib/runs/isolation/),
  // which reads records through the main thread and hands its changes back for the commit.
  it("never loses an update when isolated runs race on one record", async () => {
    await send(upsert, { customer: "cus_iso", status: "active", visits: 0 });
    const { path } = await published(
      s,
      "count-isolated",
      chainGraph([
        {
          id: "get",
          type: "getRecord",
          config: {
            table: "customers",
            by: "field",
            field: "stripe_id",
            value: "$payload.customer",
            as: "c",
            ifMissing: "404",
          },
        },
        {
          id: "inc",
          type: "updateRecord",
          config: { table: "customers", id: "$c.id", fields: { visits: "$c.visits + 1" } },
        },
        answer("$sort([$record.visits])[0]"),
      ]),
    );
    const racers = 20;
    const answers = await Promise.all(Array.from({ length: racers }, () => send(path, { customer: "cus_iso" })));
    expect(answers.map((a) => a.status)).toEqual(Array(racers).fill(200));
    expect(answers.map((a) => a.body).sort((a, b) => a - b)).toEqual(Array.from({ length: racers }, (_, i) => i + 1));
    expect((await allRecords(s, "customers")).find((r) => r.stripe_id === "cus_iso")).toMatchObject({ visits: racers });
  });

  it("keeps nothing of an isolated run that fails after changing records", async () => {
    await send(upsert, { customer: "cus_iso_f", status: "active", visits: 1 });
    const { path } = await published(
      s,
      "fails-isolated",
      chainGraph([
        upsertNode({ status: "'changed'" }),
        {
          id: "q",
          type: "queryRecords",
          config: { table: "customers", filters: "[{ 'field': 'status', 'op': '=', 'value': 'changed' }]", limit: 5 },
        },
        {
          id: "pre",
          type: "precondition",
          config: {
            condition: "$count($sort($records.items.stripe_id)) = 0",
            status: "409",
            body: "{ 'seen': $records.items.stripe_id }",
          },
        },
      ]),
    );
    expect(await send(path, { customer: "cus_iso_f" })).toEqual({ status: 409, body: { seen: "cus_iso_f" } });
    expect((await allRecords(s, "customers")).find((r) => r.stripe_id === "cus_iso_f")).toMatchObject({
      status: "active",
    });
  });

  it("concurrent upserts of one new key make one record", async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => send(upsert, { customer: "cus_new", status: `s${i}` })),
    );
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect((await allRecords(s, "customers")).filter((r) => r.stripe_id === "cus_new")).toHaveLength(1);
  });
});
