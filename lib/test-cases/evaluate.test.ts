import { describe, expect, it } from "vitest";
import type { TTraceEntry } from "@/lib/engine/types";
import { compare, deepEqual, evaluateExpectations, recordWrites } from "./evaluate";
import { evaluateJsonata } from "./jsonata-evaluate";
import { ZExpectations, ZTestCaseInput } from "./schema";
import type { TCaseOutcome } from "./types";

const step = (nodeId: string, status: TTraceEntry["status"] = "ok", output?: unknown): TTraceEntry => ({
  nodeId,
  type: "x",
  status,
  startedAt: "",
  durationMs: 0,
  output,
});

const outcome = (over: Partial<TCaseOutcome> = {}): TCaseOutcome => ({
  status: 200,
  headers: { "content-type": "application/json" },
  body: {
    received: true,
    items: [
      { id: "a", amount: 1200 },
      { id: "b", amount: 800 },
    ],
    note: "paid in full",
  },
  trace: [
    step("start"),
    step("sig"),
    step("save", "skipped", { dryRun: true, wouldWrite: { table: "lines", record: { id: "rec_1" } } }),
  ],
  writes: [],
  ...over,
});

const expectations = (e: unknown) => ZExpectations.parse(e);

describe("evaluateExpectations", () => {
  it("passes a status, assertions, nodes and records that match, each with its actual value", async () => {
    const o = outcome();
    o.writes = recordWrites(o.trace);
    const results = await evaluateExpectations(
      expectations({
        status: 200,
        assertions: [
          { expression: "received" },
          { expression: "$sum(items.amount)", op: "equals", value: 2000 },
          { expression: "items.id", op: "contains", value: "b" },
          { expression: "note", op: "matches", value: "^paid" },
          { expression: "$status", op: "lessThan", value: 300 },
          { expression: "missing", op: "notExists" },
        ],
        ran: ["sig", "save"],
        notRan: ["fail"],
        records: [{ table: "lines", count: 1 }],
      }),
      o,
      evaluateJsonata,
    );
    expect(results.map((r) => [r.label, r.passed, r.actual])).toEqual([
      ["status", true, 200],
      ["received is true", true, true],
      ["$sum(items.amount) equals 2000", true, 2000],
      ['items.id contains "b"', true, ["a", "b"]],
      ['note matches "^paid"', true, "paid in full"],
      ["$status < 300", true, 200],
      ["missing does not exist", true, undefined],
      ["node sig runs", true, "ran"],
      ["node save runs", true, "ran (dry run: skipped)"],
      ["node fail does not run", true, "did not run"],
      ["inserts in lines", true, 1],
    ]);
  });

  it("fails with the actual value, and says why an expression could not be evaluated", async () => {
    const results = await evaluateExpectations(
      expectations({
        status: 401,
        assertions: [
          { expression: "received", op: "equals", value: false },
          { expression: "items[", op: "exists" },
          { expression: "note", op: "matches", value: "(" },
        ],
        ran: ["nope"],
        notRan: ["sig"],
        records: [{ table: "lines", op: "any", count: 2 }],
      }),
      outcome(),
      evaluateJsonata,
    );
    expect(results.every((r) => !r.passed)).toBe(true);
    expect(results[0]).toMatchObject({ kind: "status", expected: 401, actual: 200 });
    expect(results[1]).toMatchObject({ expected: false, actual: true });
    expect(results[2]!.message).toMatch(/could not evaluate/);
    expect(results[3]!.message).toMatch(/regular expression/i);
    expect(results[4]).toMatchObject({ kind: "ran", actual: "did not run" });
    expect(results[5]).toMatchObject({ kind: "notRan", actual: "ran" });
    expect(results[6]).toMatchObject({ label: "changes in lines", expected: 2, actual: 0 });
  });

  it("reports a node that failed as run, with its error", async () => {
    const [r] = await evaluateExpectations(
      expectations({ ran: ["sig"] }),
      outcome({ trace: [{ ...step("sig", "error"), error: "invalid signature" }] }),
      evaluateJsonata,
    );
    expect(r).toMatchObject({ passed: true, actual: "ran, failed: invalid signature" });
  });

  it("binds $status, $headers and $body", async () => {
    const results = await evaluateExpectations(
      expectations({
        assertions: [
          { expression: "$headers.`content-type`", op: "equals", value: "application/json" },
          { expression: "$body.received and $status = 200" },
        ],
      }),
      outcome(),
      evaluateJsonata,
    );
    expect(results.map((r) => r.passed)).toEqual([true, true]);
  });
});

describe("recordWrites", () => {
  it("reads dry-run inserts, updates and deletes from the trace", () => {
    const trace = [
      step("a", "skipped", { wouldWrite: { table: "t", record: { id: 1 } } }),
      step("b", "skipped", { wouldWrite: { table: "t", op: "update", before: {}, after: { id: 2 } } }),
      step("c", "skipped", { wouldDelete: { table: "u", record: { id: 3 } } }),
      step("d", "ok", "text"),
    ];
    expect(recordWrites(trace)).toEqual([
      { table: "t", op: "insert", record: { id: 1 } },
      { table: "t", op: "update", record: { id: 2 } },
      { table: "u", op: "delete", record: { id: 3 } },
    ]);
  });

  it("takes a real run's committed changes when there are some", () => {
    const committed = [
      {
        op: "insert" as const,
        id: "r",
        tableId: "tb",
        table: "t",
        data: { a: 1 },
        createdAt: 0,
        unique: [],
        index: [],
      },
    ];
    expect(recordWrites([], committed)).toEqual([{ table: "t", op: "insert", record: { a: 1 } }]);
  });
});

describe("compare and deepEqual", () => {
  it("compares JSON by value, object keys in any order", () => {
    expect(deepEqual({ a: [1, { b: 2 }], c: null }, { c: null, a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(compare("greaterThan", 3, 2)).toBe(true);
    expect(compare("greaterThan", "3", 2)).toBe(false);
    expect(compare("isTrue", "true", undefined)).toBe(false);
    expect(compare("contains", "abc", "b")).toBe(true);
  });
});

describe("ZTestCaseInput", () => {
  it("fills defaults and refuses a comparison without a value", () => {
    expect(ZTestCaseInput.parse({ name: "ok" })).toMatchObject({
      request: { method: "POST", body: "", sign: false },
      expect: { status: null, ran: [] },
    });
    const bad = ZTestCaseInput.safeParse({ name: "x", expect: { assertions: [{ expression: "a", op: "equals" }] } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(["expect", "assertions", 0, "value"]);
  });
});
