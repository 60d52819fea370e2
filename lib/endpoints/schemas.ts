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
