import { afterAll, describe, expect, it } from "vitest";
import { compilePlan } from "@/lib/engine/plan";
import { DEFAULT_RUN_LIMITS } from "@/lib/engine/types";
import { ZGraph } from "@/lib/graph/schema";
import type { TTable } from "@/lib/table-schema/field-types";
import { memoryServices } from "@/tests/support/memory-services";
import { testRequest } from "@/tests/support/test-request";
import { RunPool } from "./run-pool";
import type { TIsolatedRun } from "./protocol";

const CUSTOMERS: TTable = {
  id: "tbl_customers",
  name: "customers",
  fields: [
    { name: "stripe_id", type: "text", required: true, unique: true },
    { name: "visits", type: "integer", required: false, unique: false },
  ],
};

type TNode = { id: string; type: string; config: Record<string, unknown> };

/** webhook → getRawInput ($input) → nodes, compiled; every stack here uses `$sort`, so it must run isolated. */
function isolatedJob(nodes: TNode[], payload: unknown, dryRun = false): TIsolatedRun {
  const all: TNode[] = [
    { id: "start", type: "webhook", config: {} },
    { id: "raw", type: "getRawInput", config: { as: "input" } },
    ...nodes,
  ];
  const graph = ZGraph.parse({
    version: 1,
    nodes: all,
    edges: all.slice(1).map((n, i) => ({ source: all[i]!.id, target: n.id })),
  });
  const plan = compilePlan(graph, DEFAULT_RUN_LIMITS.expression);
  expect(plan.needsEvaluator).toBe(true);
  return {
    plan: plan.source,
    requestId: "req_1",
    request: testRequest(JSON.stringify(payload)),
    env: {},
    secrets: [],
    limits: DEFAULT_RUN_LIMITS,
    dryRun,
    bodyStoredWhole: true,
    traceChars: 1024 * 1024,
  };
}

const getByStripeId: TNode = {
  id: "get",
  type: "getRecord",
  config: { table: "customers", by: "field", field: "stripe_id", value: "$input.customer", as: "c", ifMissing: "404" },
};
const bump: TNode = {
  id: "inc",
  type: "updateRecord",
  config: { table: "customers", by: "id", id: "$c.id", fields: { visits: "$c.visits + 1" } },
};
const queryAll: TNode = {
  id: "q",
  type: "queryRecords",
  config: { table: "customers", filters: "", match: "and", sortBy: "visits", direction: "desc", limit: 10, as: "all" },
};

describe("RunPool: record nodes in an isolated run reach the records through the main thread", () => {
  const pool = new RunPool({ size: 1, queue: 4, cpuMs: 5_000, memoryMb: 128 });
  afterAll(() => pool.close());

  function seeded() {
    const memory = memoryServices([CUSTOMERS]);
    memory.records.seed("customers", "rec_a", { stripe_id: "cus_a", visits: 1 }, 1_000);
    memory.records.seed("customers", "rec_b", { stripe_id: "cus_b", visits: 5 }, 2_000);
    return memory;
  }

  it("reads, updates and queries (reading its own write); the change comes back for the commit, based on the version read", async () => {
    const { services, records } = seeded();
    const answer: TNode = {
      id: "ok",
      type: "response",
      config: {
        status: "200",
        body: "{ 'visits': $record.visits, 'order': $all.items.stripe_id, 'ids': $sort($all.items.id) }",
      },
    };
    const out = await pool.run(isolatedJob([getByStripeId, bump, queryAll, answer], { customer: "cus_a" }), services);
    expect(out.error).toBeUndefined();
    expect(out.response.body).toEqual({ visits: 2, order: ["cus_b", "cus_a"], ids: ["rec_a", "rec_b"] });
    expect(out.records).toEqual([
      expect.objectContaining({
        op: "update",
        id: "rec_a",
        tableId: CUSTOMERS.id,
        data: { stripe_id: "cus_a", visits: 2 },
        base: expect.objectContaining({ version: 1 }),
      }),
    ]);
    // The worker wrote nothing itself: committing (or refusing a stale version) is the main thread's part.
    expect(records.rows.get(`${CUSTOMERS.id}/rec_a`)?.data).toEqual({ stripe_id: "cus_a", visits: 1 });
  });

  it("upserts and deletes; a dry run shows the changes and hands back none", async () => {
    const { services } = seeded();
    const upsert: TNode = {
      id: "save",
      type: "updateRecord",
      config: {
        table: "customers",
        by: "field",
        field: "stripe_id",
        value: "'cus_new'",
        upsert: true,
        fields: { visits: "$count($sort([3, 1]))" },
      },
    };
    const del: TNode = {
      id: "del",
      type: "deleteRecord",
      config: { table: "customers", by: "field", field: "stripe_id", value: "'cus_b'", as: "gone" },
    };
    const answer: TNode = {
      id: "ok",
      type: "response",
      config: { status: "200", body: "{ 'left': $sort($all.items.stripe_id), 'gone': $gone.stripe_id }" },
    };
    const nodes = [upsert, del, queryAll, answer];
    const real = await pool.run(isolatedJob(nodes, {}), services);
    expect(real.response.body).toEqual({ left: ["cus_a", "cus_new"], gone: "cus_b" });
    expect(real.records.map((r) => [r.op, r.data.stripe_id])).toEqual([
      ["insert", "cus_new"],
      ["delete", "cus_b"],
    ]);
    const dry = await pool.run(isolatedJob(nodes, {}, true), services);
    expect(dry.response.body).toEqual({ left: ["cus_a", "cus_new"], gone: "cus_b" });
    expect(dry.records).toEqual([]);
  });

  it("a run that fails after changing records hands back no changes; a precondition's own answer crosses the thread", async () => {
    const { services } = seeded();
    const stop: TNode = {
      id: "pre",
      type: "precondition",
      config: { condition: "$count($sort([1])) = 0", status: "409", body: "{ 'why': 'stopped' }" },
    };
    const out = await pool.run(isolatedJob([getByStripeId, bump, stop], { customer: "cus_a" }), services);
    expect(out.response).toMatchObject({ status: 409, body: { why: "stopped" } });
    expect(out.records).toEqual([]);
  });

  it("a missing record's 404 from getRecord ends the isolated run like on the main thread", async () => {
    const { services } = seeded();
    const answer: TNode = { id: "ok", type: "response", config: { status: "200", body: "$sort([1])" } };
    const out = await pool.run(isolatedJob([getByStripeId, answer], { customer: "cus_none" }), services);
    expect(out.response).toMatchObject({
      status: 404,
      body: { error: 'no customers record with stripe_id "cus_none"' },
    });
  });
});
