import { z } from "zod";
import { ZTraceEntryOut } from "@/lib/endpoints/schemas";
import { ZTestCaseInput } from "@/lib/test-cases/schema";

// Answers of the test-suite routes (the route table declares them; the OpenAPI document shows them).

/** A stored case (TTestCaseView): its fields as normalised on input, and where it sits in the suite. */
export const ZTestCaseOut = ZTestCaseInput.extend({
  id: z.string(),
  position: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ZTestListOut = z.object({ tests: z.array(ZTestCaseOut) });

/** An imported suite (TImportTestsResult). */
export const ZImportTestsOut = ZTestListOut.extend({ added: z.number(), replaced: z.number() });

const ZHeaders = z.record(z.string(), z.string());

/** One case's run (TCaseResult). */
const ZCaseResultOut = z.object({
  testId: z.string(),
  name: z.string(),
  passed: z.boolean(),
  error: z.string().optional(),
  durationMs: z.number(),
  dryRun: z.boolean(),
  request: z.object({
    method: z.string(),
    headers: ZHeaders,
    query: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    body: z.string(),
  }),
  response: z.object({ status: z.number(), headers: ZHeaders, body: z.unknown() }).nullable(),
  trace: z.array(ZTraceEntryOut),
  runError: z.object({ nodeId: z.string().optional(), message: z.string() }).optional(),
  writes: z.array(z.object({ table: z.string(), op: z.enum(["insert", "update", "delete"]), record: z.unknown() })),
  expectations: z.array(
    z.object({
      kind: z.enum(["status", "assertion", "ran", "notRan", "records"]),
      label: z.string(),
      passed: z.boolean(),
      expected: z.unknown(),
      actual: z.unknown(),
      message: z.string().optional(),
    }),
  ),
});

/** A suite's run (TSuiteResult). */
export const ZSuiteResultOut = z.object({
  total: z.number(),
  passed: z.number(),
  failed: z.number(),
  dryRun: z.boolean(),
  durationMs: z.number(),
  results: z.array(ZCaseResultOut),
});
