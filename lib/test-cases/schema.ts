import { z } from "zod";

/**
 * A test case of an endpoint (issue #17): a saved request and what its answer must be. Isomorphic (the editor
 * edits it, the starters ship it, lib/test-suites stores and runs it).
 */

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,200}$/;

export const ZTestRequest = z.strictObject({
  method: z
    .string()
    .regex(/^[A-Za-z]{1,16}$/, "method must be an HTTP method such as POST")
    .transform((m) => m.toUpperCase())
    .default("POST"),
  headers: z.record(z.string().regex(HEADER_NAME, "header names are HTTP tokens"), z.string().max(8192)).default({}),
  query: z.record(z.string().max(200), z.union([z.string(), z.array(z.string())])).default({}),
  /** The raw body, exactly as sent. */
  body: z.string().max(1_000_000, "a test body is at most 1 MB").default(""),
  /**
   * Sign the request at run time for the stack's Verify signature node with its preset and secret (fresh headers
   * replace any of the same name), so no stored signature goes stale.
   */
  sign: z.boolean().default(false),
});

export const ASSERTION_OPS = [
  "equals",
  "notEquals",
  "isTrue",
  "exists",
  "notExists",
  "contains",
  "matches",
  "greaterThan",
  "lessThan",
] as const;
export type TAssertionOp = (typeof ASSERTION_OPS)[number];

/** Ops that compare with a `value`. */
export const OPS_WITH_VALUE: ReadonlySet<TAssertionOp> = new Set([
  "equals",
  "notEquals",
  "contains",
  "matches",
  "greaterThan",
  "lessThan",
]);

export const ZAssertion = z
  .strictObject({
    /** JSONata over the answer body (`received`, `items[0].id`); `$status`, `$headers` and `$body` are bound too. */
    expression: z.string().trim().min(1, "an assertion needs an expression").max(2000),
    op: z.enum(ASSERTION_OPS, { error: `op is one of ${ASSERTION_OPS.join(", ")}` }).default("isTrue"),
    /** The JSON value to compare with (a regular expression's text for `matches`). */
    value: z.unknown().optional(),
  })
  .refine((a) => !OPS_WITH_VALUE.has(a.op) || a.value !== undefined, {
    message: "this comparison needs a value",
    path: ["value"],
  });

export const RECORD_OPS = ["insert", "update", "delete", "any"] as const;

export const ZRecordExpectation = z.strictObject({
  table: z.string().trim().min(1, "name the table").max(100),
  op: z.enum(RECORD_OPS).default("insert"),
  /** How many records the run writes (or would write, in a dry run) to the table with that op. */
  count: z.number().int().min(0).max(100_000),
});

export const ZNodeIdList = z.array(z.string().min(1).max(100)).max(200).default([]);

export const ZExpectations = z.strictObject({
  /** The answer's status; null: any. */
  status: z.number().int().min(100).max(599).nullable().default(null),
  assertions: z.array(ZAssertion).max(50).default([]),
  ran: ZNodeIdList,
  notRan: ZNodeIdList,
  records: z.array(ZRecordExpectation).max(50).default([]),
});

export const ZTestCaseInput = z.strictObject({
  name: z.string().trim().min(1, "name the test").max(200, "a test name is at most 200 characters"),
  request: ZTestRequest.default({ method: "POST", headers: {}, query: {}, body: "", sign: false }),
  expect: ZExpectations.default({ status: null, assertions: [], ran: [], notRan: [], records: [] }),
});

export type TTestRequest = z.output<typeof ZTestRequest>;
export type TAssertion = z.output<typeof ZAssertion>;
export type TRecordExpectation = z.output<typeof ZRecordExpectation>;
export type TExpectations = z.output<typeof ZExpectations>;
export type TTestCaseInput = z.input<typeof ZTestCaseInput>;
export type TTestCaseFields = z.output<typeof ZTestCaseInput>;

/** A stored case as the API answers it. */
export type TTestCaseView = TTestCaseFields & { id: string; position: number; createdAt: string; updatedAt: string };

/** Cases per endpoint. */
export const MAX_TEST_CASES = 200;
