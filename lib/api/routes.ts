import { z } from "zod";
import type { TAccess } from "@/lib/access/scopes";

export type { TAccess };
import { ACCOUNT_ROUTES } from "@/lib/accounts/routes";
import { ZTestEndpointBody } from "@/lib/endpoints/build-test-request";
import {
  ZCreateEndpointBody,
  ZEndpointOut,
  ZPublishBody,
  ZSaveDraftBody,
  ZSignedHeadersOut,
  ZTestRunOut,
  ZUpdateEndpointBody,
  ZVersionDetailOut,
  ZVersionOut,
} from "@/lib/endpoints/schemas";
import { ZSignTestRequestBody } from "@/lib/endpoints/sign-test-request";
import { ZListExecutionsQuery } from "@/lib/history/list-executions";
import { HISTORY_ROUTES } from "@/lib/history/routes";
import { ZListRequestsQuery } from "@/lib/history/list-requests";
import { ZListenQuery } from "@/lib/history/listen-requests";
import { ZReplayBody } from "@/lib/history/replay-request";
import { ZExecutionPageOut, ZReplayRunOut, ZRequestOut, ZRequestPageOut, ZRetryOut } from "@/lib/history/schemas";
import { ZImportTestsOut, ZSuiteResultOut, ZTestCaseOut, ZTestListOut } from "@/lib/test-suites/schemas";
import { ZNodesOut } from "./describe-nodes";
import { ZImportTestsBody } from "@/lib/test-suites/bodies";
import { ZRunTestsBody } from "@/lib/test-suites/run-suite";
import { ZTestCaseInput } from "@/lib/test-cases/schema";
import { TABLE_ROUTES } from "@/lib/tables/routes";
import { WEBHOOK_ROUTES } from "@/lib/webhooks/routes";

export type TRouteSpec = {
  summary: string;
  access: TAccess;
  /** JSON body; `bodyOptional`: an empty body counts as `{}`. */
  body?: z.ZodType;
  bodyOptional?: boolean;
  query?: z.ZodType;
  /** The success answer's status and JSON shape; every route but a 204 or a non-JSON answer declares its shape. */
  status?: number;
  output?: z.ZodType;
  /** A streamed answer that is not one JSON document (server-sent events, a CSV file). */
  contentType?: readonly string[];
};

/** JSON documents whose shape is a standard's (OpenAPI, JSON Schema): checked only where they start. */
const ZOpenApiOut = z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) });
const ZJsonSchemaOut = z.looseObject({ $schema: z.string() });
const ZStartersOut = z.object({
  starters: z.array(z.looseObject({ id: z.string(), title: z.string(), description: z.string(), graph: z.unknown() })),
});

const R = {
  "GET /openapi.json": { summary: "This document (OpenAPI 3.1)", access: "any", output: ZOpenApiOut },
  ...ACCOUNT_ROUTES,

  "GET /endpoints": {
    summary: "List endpoints",
    access: { scope: "endpoints:read" },
    output: z.object({ endpoints: z.array(ZEndpointOut) }),
  },
  "POST /endpoints": {
    summary: "Create an endpoint",
    access: { scope: "endpoints:write" },
    body: ZCreateEndpointBody,
    status: 201,
    output: ZEndpointOut,
  },
  "GET /endpoints/{id}": { summary: "Read an endpoint", access: { scope: "endpoints:read" }, output: ZEndpointOut },
  "PATCH /endpoints/{id}": {
    summary: "Rename, enable/disable or change settings",
    access: { scope: "endpoints:write" },
    body: ZUpdateEndpointBody,
    output: ZEndpointOut,
  },
  "DELETE /endpoints/{id}": { summary: "Delete an endpoint", access: { scope: "endpoints:write" }, status: 204 },
  "POST /endpoints/{id}/duplicate": {
    summary: "Copy an endpoint's draft into a new endpoint",
    access: { scope: "endpoints:write" },
    status: 201,
    output: ZEndpointOut,
  },
  "PUT /endpoints/{id}/graph": {
    summary: "Save the draft graph",
    access: { scope: "endpoints:write" },
    body: ZSaveDraftBody,
    output: ZEndpointOut,
  },
  "POST /endpoints/{id}/publish": {
    summary:
      "Run the test suite, then freeze the draft as a new version (with an optional note) and make it live (409 tests_failed while a case fails, unless overrideTests)",
    access: { scope: "endpoints:write" },
    body: ZPublishBody,
    bodyOptional: true,
    output: ZEndpointOut,
  },
  "POST /endpoints/{id}/test": {
    summary: "Run the draft on a request",
    access: { scope: "endpoints:write" },
    body: ZTestEndpointBody,
    bodyOptional: true,
    output: ZTestRunOut,
  },
  "POST /endpoints/{id}/sign": {
    summary: "Sign a test request as the stack's signature check expects",
    access: { scope: "endpoints:write" },
    body: ZSignTestRequestBody,
    bodyOptional: true,
    output: ZSignedHeadersOut,
  },
  "GET /endpoints/{id}/listen": {
    summary: "Server-sent events for live requests",
    access: { scope: "endpoints:read" },
    query: ZListenQuery,
    contentType: ["text/event-stream"],
  },
  "GET /endpoints/{id}/requests": {
    summary: "Request history, newest first",
    access: { scope: "endpoints:read" },
    query: ZListRequestsQuery,
    output: ZRequestPageOut,
  },
  "GET /endpoints/{id}/requests/{requestId}": {
    summary: "One request with its response and trace",
    access: { scope: "endpoints:read" },
    output: ZRequestOut,
  },
  "POST /endpoints/{id}/requests/{requestId}/replay": {
    summary: "Run a stored request again",
    access: { scope: "endpoints:write" },
    body: ZReplayBody,
    output: ZReplayRunOut,
  },
  "POST /endpoints/{id}/requests/{requestId}/retry": {
    summary: "Retry a failed background run",
    access: { scope: "endpoints:write" },
    status: 202,
    output: ZRetryOut,
  },
  "GET /endpoints/{id}/versions": {
    summary: "Published versions",
    access: { scope: "endpoints:read" },
    output: z.object({ versions: z.array(ZVersionOut) }),
  },
  "GET /endpoints/{id}/versions/{version}": {
    summary: "One version's graph",
    access: { scope: "endpoints:read" },
    output: ZVersionDetailOut,
  },
  "POST /endpoints/{id}/versions/{version}/restore": {
    summary: "Copy a version's graph into the draft",
    access: { scope: "endpoints:write" },
    output: ZEndpointOut,
  },
  "GET /executions": {
    summary:
      "Every request to every endpoint, newest first, filtered (endpoint, status, state, time, body text), with a summary field",
    access: { scope: "endpoints:read" },
    query: ZListExecutionsQuery,
    output: ZExecutionPageOut,
  },
  "GET /endpoints/{id}/tests": {
    summary: "The endpoint's test suite",
    access: { scope: "endpoints:read" },
    output: ZTestListOut,
  },
  "POST /endpoints/{id}/tests": {
    summary: "Add a test case (a saved request and its expectations)",
    access: { scope: "endpoints:write" },
    body: ZTestCaseInput,
    status: 201,
    output: ZTestCaseOut,
  },
  "POST /endpoints/{id}/tests/import": {
    summary: "Bring in a suite (cases named like existing ones replace them)",
    access: { scope: "endpoints:write" },
    body: ZImportTestsBody,
    output: ZImportTestsOut,
  },
  "POST /endpoints/{id}/tests/run": {
    summary: "Run all or some test cases on the draft (dry run by default); per-case results",
    access: { scope: "endpoints:write" },
    body: ZRunTestsBody,
    bodyOptional: true,
    output: ZSuiteResultOut,
  },
  "PUT /endpoints/{id}/tests/{testId}": {
    summary: "Replace a test case",
    access: { scope: "endpoints:write" },
    body: ZTestCaseInput,
    output: ZTestCaseOut,
  },
  "DELETE /endpoints/{id}/tests/{testId}": {
    summary: "Delete a test case",
    access: { scope: "endpoints:write" },
    status: 204,
  },
  "GET /nodes": { summary: "The node catalog", access: "any", output: ZNodesOut },
  "GET /schema/graph": { summary: "The graph's JSON Schema", access: "any", output: ZJsonSchemaOut },
  "GET /starters": { summary: "Ready-made stacks", access: "any", output: ZStartersOut },

  ...TABLE_ROUTES,
  ...WEBHOOK_ROUTES,
  ...HISTORY_ROUTES,
} satisfies Record<string, TRouteSpec>;

/**
 * Every management route, once: method and path (under /api/v1), input and output schemas, and who may call it.
 * `route()` derives the access check and input parsing from it, tests/api/access.test.ts calls every entry with
 * each kind of refused caller, and /api/v1/openapi.json is generated from it.
 */
export const ROUTES: Record<TRouteKey, TRouteSpec> = R;
export type TRouteKey = keyof typeof R;
export type TRouteBody<K extends TRouteKey> = (typeof R)[K] extends { body: infer B extends z.ZodType }
  ? z.output<B>
  : undefined;
export type TRouteQuery<K extends TRouteKey> = (typeof R)[K] extends { query: infer Q extends z.ZodType }
  ? z.output<Q>
  : undefined;

export function splitRouteKey(key: string): { method: string; path: string } {
  const [method, path] = key.split(" ") as [string, string];
  return { method, path };
}
