import { z } from "zod";
import { ZEndpointSettings } from "@/lib/settings/endpoint-settings";
import { MAX_TEST_CASES, ZTestCaseInput } from "@/lib/test-cases/schema";

/** Fields a person sets on an endpoint; request bodies derive from it. */
export const ZEndpointFields = z.object({
  name: z
    .string({ error: (issue) => (issue.input === undefined ? "name is required" : "name must be text") })
    .trim()
    .min(1, "name is required")
    .max(100, "name is at most 100 characters"),
  enabled: z.boolean({ error: "enabled must be true or false" }),
  settings: z.strictObject(ZEndpointSettings.shape),
});

/** A graph in a request body: any JSON here, checked by `checkGraph` so errors point into the graph. */
export const ZGraphBody = z.custom<unknown>((value) => value !== undefined, { message: "graph is required" });

export const ZCreateEndpointBody = ZEndpointFields.partial({ enabled: true, settings: true }).extend({
  graph: z.unknown().optional(),
  /** Start from a ready-made stack (lib/starters): its graph and settings, unless `graph`/`settings` are given. */
  starter: z.string().max(100).optional(),
  /** Editor extension: keep a graph with errors as the draft (it cannot be published until fixed). */
  allowErrors: z.boolean().default(false),
  /** The endpoint's test suite (an exported stack's `tests`); a starter brings its own when `graph` is not given. */
  tests: z.array(ZTestCaseInput).max(MAX_TEST_CASES).optional(),
});

export const ZUpdateEndpointBody = z
  .strictObject(ZEndpointFields.partial().shape)
  .refine((body) => Object.keys(body).length > 0, {
    message: "send at least one of name, enabled, settings",
    // Only for an otherwise valid body: an unknown field is already the better message.
    when: (payload) => payload.issues.length === 0,
  });

export const ZSaveDraftBody = z.object({ graph: ZGraphBody, allowErrors: z.boolean().default(false) });

/** `note`: what changed, in the publisher's words; shown with the version. */
/** `POST /endpoints/{id}/publish`: an optional note; publishing runs the test suite first (lib/test-suites). */
export const ZPublishBody = z.object({
  note: z
    .string({ error: "note must be text" })
    .trim()
    .max(500, { error: "note must be at most 500 characters" })
    .optional(),
  /** Publish although test cases fail; the version records that it was overridden. */
  overrideTests: z.boolean({ error: "overrideTests must be true or false" }).default(false),
});

export type TCreateEndpointBody = z.infer<typeof ZCreateEndpointBody>;
export type TUpdateEndpointBody = z.infer<typeof ZUpdateEndpointBody>;
export type TSaveDraftBody = z.infer<typeof ZSaveDraftBody>;

// Answers: what the endpoint routes send back (the route table declares them; the OpenAPI document shows them).

/** A node's trace entry: the fields every entry has; input and output are whatever the node saw and made. */
export const ZTraceEntryOut = z.looseObject({
  nodeId: z.string(),
  type: z.string(),
  status: z.string(),
  startedAt: z.string(),
  durationMs: z.number(),
});

const ZProblemOut = z.looseObject({ message: z.string() });

/** An endpoint as `presentEndpoint` answers it (TPresentedEndpoint): lists add `lastRequest`, reads `problems`. */
export const ZEndpointOut = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  draft: z.looseObject({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) }),
  publishedVersion: z.number().nullable(),
  settings: z.looseObject({}),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastRequest: z.object({ at: z.string(), status: z.number().nullable() }).nullable().optional(),
  problems: z.object({ errors: z.array(ZProblemOut), warnings: z.array(ZProblemOut) }).optional(),
});

/** What a version keeps of the suite that ran before it was published (TSuiteRecord). */
const ZSuiteRecordOut = z.object({
  total: z.number(),
  passed: z.number(),
  failed: z.number(),
  overridden: z.boolean(),
  ranAt: z.string(),
  failures: z.array(z.object({ testId: z.string(), name: z.string() })),
});

/** A published version in the list (TVersionSummary). */
export const ZVersionOut = z.object({
  number: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
  isPublished: z.boolean(),
  note: z.string().nullable(),
  tests: ZSuiteRecordOut.nullable(),
});

/** One version with its graph and the settings it was published with (TVersionDetail). */
export const ZVersionDetailOut = ZVersionOut.extend({
  graph: z.looseObject({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) }),
  settings: z.looseObject({}).nullable(),
});

/** Signature headers for a test request (TSignedHeaders). */
export const ZSignedHeadersOut = z.object({
  nodeId: z.string(),
  preset: z.string(),
  headers: z.record(z.string(), z.string()),
});

/** A run started from the API, a test or a replay (TTestRun): the wire response with its body parsed back. */
export const ZTestRunOut = z.object({
  requestId: z.string(),
  response: z.object({ status: z.number(), headers: z.record(z.string(), z.string()), body: z.unknown() }),
  trace: z.array(ZTraceEntryOut),
  durationMs: z.number(),
  error: z.object({ nodeId: z.string().optional(), message: z.string() }).optional(),
});
