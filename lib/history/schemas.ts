import { z } from "zod";
import { ZTestRunOut, ZTraceEntryOut } from "@/lib/endpoints/schemas";

// Answers of the request-history routes (the route table declares them; the OpenAPI document shows them).

const ZHeaders = z.record(z.string(), z.string());

/** A request as the history keeps it (TRequestView). */
export const ZRequestOut = z.object({
  id: z.string(),
  source: z.string(),
  method: z.string(),
  path: z.string(),
  query: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  headers: ZHeaders,
  ip: z.string(),
  body: z.string(),
  bodySize: z.number(),
  bodyTruncated: z.boolean(),
  receivedAt: z.string(),
  status: z.number().nullable(),
  response: z.object({ status: z.number().nullable(), headers: ZHeaders, body: z.unknown() }),
  trace: z.array(ZTraceEntryOut),
  durationMs: z.number(),
  error: z.looseObject({ nodeId: z.string().optional(), message: z.string() }).nullable(),
  acceptedStatus: z.number().nullable(),
  endedWithoutResponse: z.boolean(),
  failedCheck: z.enum(["signature", "token"]).nullable(),
  replay: z.looseObject({ of: z.string(), target: z.enum(["draft", "live"]), resigned: z.boolean() }).nullable(),
  version: z.number().nullable(),
  state: z.string(),
  attempts: z.number(),
});

/** A page of an endpoint's history (TRequestPage), with how long it is kept. */
export const ZRequestPageOut = z.object({
  requests: z.array(ZRequestOut),
  nextCursor: z.string().nullable(),
  retention: z.object({ days: z.number(), count: z.number() }),
});

/** A replay's run (TReplayRun): the test run plus what it replayed. */
export const ZReplayRunOut = ZTestRunOut.extend({
  target: z.enum(["draft", "live"]),
  replayOf: z.string(),
  version: z.number().nullable(),
  redactedHeaders: z.array(z.string()),
  originalFailed: z.enum(["signature", "token"]).nullable(),
  resigned: z.boolean(),
});

/** A retry queued: the request's id and its new state. */
export const ZRetryOut = z.object({ requestId: z.string(), state: z.string() });

/** A page of every endpoint's requests (TExecutionRow); loose, as the executions page grows its columns. */
export const ZExecutionPageOut = z.object({
  executions: z.array(
    z.looseObject({
      id: z.string(),
      endpointId: z.string(),
      endpointName: z.string(),
      receivedAt: z.string(),
      method: z.string(),
      status: z.number().nullable(),
      state: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
