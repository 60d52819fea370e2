import { describe, expect, it } from "vitest";
import { compilePlan } from "@/lib/engine/plan";
import { runPlan } from "@/lib/engine/run-plan";
import { DEFAULT_RUN_LIMITS, type TRequestInfo } from "@/lib/engine/types";
import { ZGraph } from "@/lib/graph/schema";
import type { TTable } from "@/lib/table-schema/field-types";
import { memoryServices } from "@/tests/support/memory-services";
import { isTruthy } from "./conditional/truthy";

const ORDERS: TTable = {
  id: "tbl_orders",
  name: "orders",
  fields: [
    { name: "order_id", type: "text", required: true, unique: true },
    { name: "total", type: "decimal", required: false, unique: false },
    { name: "paid_at", type: "timestamp", required: false, unique: false },
  ],
};

function request(body: string, headers: Record<string, string> = {}): TRequestInfo {
  return { url: "https://h.example/hooks/ep", method: "POST", path: "/hooks/ep", query: {}, headers, ip: "", receivedAt: new Date().toISOString(), body };
}

/** Runs webhook → the given nodes in a chain. */
async function chain(nodes: { id: string; type: string; config?: Record<string, unknown> }[], body = "{}", answer?: Parameters<typeof memoryServices>[1]) {
  const graph = ZGraph.parse({
    version: 1,
    nodes: [{ id: "start", type: "webhook", config: {} }, ...nodes.map((n) => ({ config: {}, ...n }))],
    edges: ["start", ...nodes.map((n) => n.id)].slice(0, -1).map((id, i) => ({ source: id, target: nodes[i]!.id })),
  });
  const mem = memoryServices([ORDERS], answer);
  const result = await runPlan({
    plan: compilePlan(graph, DEFAULT_RUN_LIMITS.expression),
    requestId: "req_t",
    request: request(body),
    env: {},
    services: mem.services,
    limits: DEFAULT_RUN_LIMITS,
  });
  return { ...result, sent: mem.sent };
}

describe("getRawInput", () => {
  it("parses form bodies, keeping repeated keys as lists", async () => {
    const r = await chain([{ id: "in", type: "getRawInput", config: { encoding: "form", as: "form" } }, { id: "out", type: "response", config: { body: "$form" } }], "a=1&a=2&b=x+y");
    expect(r.response.body).toEqual({ a: ["1", "2"], b: "x y" });
  });
  it("keeps text bodies as they are", async () => {
    const r = await chain([{ id: "in", type: "getRawInput", config: { encoding: "text", as: "t" } }, { id: "out", type: "response", config: { body: "$t" } }], "  raw\ntext ");
    expect(r.response.body).toBe("  raw\ntext ");
  });
  it("answers 400 to an empty JSON body", async () => {
    const r = await chain([{ id: "in", type: "getRawInput" }], "");
    expect(r.response).toMatchObject({ status: 400, body: { error: expect.stringContaining("empty") } });
  });
});

describe("conditional", () => {
  it.each([
    [true, true], [false, false], [0, false], [1, true], ["", false], ["no", true], [null, false], [undefined, false],
    [[], false], [[0], false], [[0, 1], true], [{}, false], [{ a: 1 }, true],
  ])("treats %j as %s, as JSONata's $boolean does", (value, expected) => {
    expect(isTruthy(value)).toBe(expected);
  });
});

describe("addRecord", () => {
  it("names the field whose value has the wrong type", async () => {
    const r = await chain([{ id: "save", type: "addRecord", config: { table: "orders", fields: { order_id: "'o1'", total: "'12.5'" } } }]);
    expect(r.response.status).toBe(500);
    expect(r.error).toMatchObject({ nodeId: "save", message: expect.stringContaining('field "total" of orders must be a number, got the text "12.5"') });
  });
  it("refuses a missing required field, an unknown field and an unknown table", async () => {
    const missing = await chain([{ id: "save", type: "addRecord", config: { table: "orders", fields: { total: "1" } } }]);
    expect(missing.error?.message).toContain('field "order_id" of orders is required');
    const unknown = await chain([{ id: "save", type: "addRecord", config: { table: "orders", fields: { order_id: "'x'", colour: "'red'" } } }]);
    expect(unknown.error?.message).toContain('table orders has no field "colour"');
    const noTable = await chain([{ id: "save", type: "addRecord", config: { table: "nope", fields: {} } }]);
    expect(noTable.error?.message).toBe('table "nope" does not exist');
  });
  it("normalises timestamps from unix seconds and ISO text, and refuses a repeated unique value within one run", async () => {
    const ok = await chain([
      { id: "a", type: "addRecord", config: { table: "orders", fields: { order_id: "'o1'", paid_at: "1700000000" }, as: "first" } },
      { id: "out", type: "response", config: { body: "$first.paid_at" } },
    ]);
    expect(ok.response.body).toBe("2023-11-14T22:13:20.000Z");
    const twice = await chain([
      { id: "a", type: "addRecord", config: { table: "orders", fields: { order_id: "'o1'" } } },
      { id: "b", type: "addRecord", config: { table: "orders", fields: { order_id: "'o1'" } } },
    ]);
    expect(twice.error).toMatchObject({ nodeId: "b", message: expect.stringContaining("must be unique") });
    expect(twice.records).toEqual([]);
  });
});

describe("externalRequest", () => {
  it("sends objects as JSON, stringifies header values, and parses JSON answers", async () => {
    const r = await chain(
      [
        { id: "call", type: "externalRequest", config: { url: "'https://api.example/x'", headers: { "X-Count": "3" }, body: "{ 'a': 1 }", as: "res" } },
        { id: "out", type: "response", config: { body: "{ 'status': $res.status, 'got': $res.body.echo }" } },
      ],
      "{}",
      (req) => ({ status: 201, headers: { "content-type": "application/json" }, body: JSON.stringify({ echo: req.body }) }),
    );
    expect(r.sent[0]).toMatchObject({ method: "POST", url: "https://api.example/x", headers: { "x-count": "3", "content-type": "application/json" }, body: '{"a":1}' });
    expect(r.response.body).toEqual({ status: 201, got: '{"a":1}' });
  });
  it("fails the node when the URL is not text", async () => {
    const r = await chain([{ id: "call", type: "externalRequest", config: { url: "42" } }]);
    expect(r.error).toMatchObject({ nodeId: "call", message: "url must evaluate to text" });
  });
});

describe("response", () => {
  it("answers with the evaluated status, headers and body", async () => {
    const r = await chain([{ id: "out", type: "response", config: { status: "418", headers: { "X-Tea": "'earl grey'" }, body: "'short and stout'" } }]);
    expect(r.response).toEqual({ status: 418, headers: { "x-tea": "earl grey" }, body: "short and stout" });
  });
  it("fails on a status outside 100–599", async () => {
    const r = await chain([{ id: "out", type: "response", config: { status: "1000" } }]);
    expect(r.error).toMatchObject({ nodeId: "out", message: expect.stringContaining("100 to 599") });
  });
});

describe("dedupe", () => {
  it("lets the first delivery through and answers a copy with the first answer, ending the run", async () => {
    const graph = ZGraph.parse({
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "raw", type: "getRawInput", config: { as: "p" } },
        { id: "once", type: "dedupe", config: { key: "$p.id" } },
        { id: "after", type: "setVariable", config: { name: "ran", value: "true" } },
      ],
      edges: [
        { source: "start", target: "raw" },
        { source: "raw", target: "once" },
        { source: "once", target: "after" },
      ],
    });
    const { services } = memoryServices();
    const plan = compilePlan(graph, DEFAULT_RUN_LIMITS.expression);
    const run = () => runPlan({ plan, requestId: "r", request: request('{"id":"evt_9"}'), env: {}, services, limits: DEFAULT_RUN_LIMITS });
    const first = await run();
    expect(first.trace.map((t) => t.nodeId)).toEqual(["start", "raw", "once", "after"]);
    const copy = await run();
    expect(copy.trace.map((t) => t.nodeId)).toEqual(["start", "raw", "once"]);
    expect(copy.trace[2]?.output).toMatchObject({ duplicate: true, key: "evt_9" });
    expect(copy.response).toEqual({ status: 200, headers: {}, body: { first: "evt_9" } });
  });
  it("fails on an empty key", async () => {
    const r = await chain([{ id: "once", type: "dedupe", config: { key: "$nothing" } }]);
    expect(r.error).toMatchObject({ nodeId: "once", message: "the dedupe key is empty" });
  });
});
