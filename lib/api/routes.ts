import { z } from "zod";
import type { TAccess } from "@/lib/access/scopes";

export type { TAccess };
import {
  ZAcceptInvitationBody,
  ZApiKeyOut,
  ZChangeRoleBody,
  ZCreateApiKeyBody,
  ZCreatedApiKeyOut,
  ZCreateInvitationBody,
  ZCreateWorkspaceBody,
  ZInvitationOut,
  ZMemberOut,
  ZSetupBody,
  ZSwitchWorkspaceBody,
  ZWorkspaceOut,
} from "@/lib/accounts/schemas";
import { ZTestEndpointBody } from "@/lib/endpoints/build-test-request";
import { ZCreateEndpointBody, ZPublishBody, ZSaveDraftBody, ZUpdateEndpointBody } from "@/lib/endpoints/schemas";
import { ZSignTestRequestBody } from "@/lib/endpoints/sign-test-request";
import { ZCreateEnvBody, ZSetEnvBody } from "@/lib/env/env-name";
import { ZListExecutionsQuery } from "@/lib/history/list-executions";
import { ZListRequestsQuery } from "@/lib/history/list-requests";
import { ZListenQuery } from "@/lib/history/listen-requests";
import { ZReplayBody } from "@/lib/history/replay-request";
import { ZTableDefinition, ZTableField } from "@/lib/table-schema/field-types";
import { ZExportRecordsQuery, ZRecordBody } from "@/lib/tables/record-schemas";
import { ZImportRecordsBody } from "@/lib/tables/import-records";
import { ZListRecordsQuery } from "@/lib/tables/list-records";
import { ZImportTestsBody } from "@/lib/test-suites/bodies";
import { ZRunTestsBody } from "@/lib/test-suites/run-suite";
import { ZTestCaseInput } from "@/lib/test-cases/schema";
import { WEBHOOK_ROUTES } from "@/lib/webhooks/routes";

export type TRouteSpec = {
  summary: string;
  access: TAccess;
  /** JSON body; `bodyOptional`: an empty body counts as `{}`. */
  body?: z.ZodType;
  bodyOptional?: boolean;
  query?: z.ZodType;
  /** The success answer's status and shape (shape omitted: documented by `summary`). */
  status?: number;
  output?: z.ZodType;
};

const ZEndpointOut = z.looseObject({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  draft: z.unknown(),
  publishedVersion: z.number().nullable(),
});
const ZEnvVarOut = z.object({ name: z.string(), updatedAt: z.string() });
const ZEnvUserOut = z.object({ id: z.string(), name: z.string(), live: z.boolean(), draft: z.boolean() });
const ZRun = z.looseObject({ response: z.looseObject({ status: z.number() }), trace: z.array(z.unknown()) });

const R = {
  "GET /openapi.json": { summary: "This document (OpenAPI 3.1)", access: "any" },
  "POST /setup": {
    summary: "Create the first owner (only while no user exists); signs them in",
    access: "public",
    body: ZSetupBody,
    status: 201,
  },
  "GET /session": {
    summary: "Who is calling: the person or key, the current workspace and its role or scopes",
    access: "any",
  },
  "PUT /session/workspace": {
    summary: "Switch the browser's current workspace",
    access: "signed-in",
    body: ZSwitchWorkspaceBody,
  },
  "GET /workspaces": {
    summary: "The caller's workspaces with their role",
    access: "signed-in",
    output: z.object({ workspaces: z.array(ZWorkspaceOut) }),
  },
  "POST /workspaces": {
    summary: "Create a workspace (the caller becomes its owner) and switch to it",
    access: "signed-in",
    body: ZCreateWorkspaceBody,
    status: 201,
    output: ZWorkspaceOut,
  },
  "GET /members": {
    summary: "Members of the current workspace",
    access: { role: "owner" },
    output: z.object({ members: z.array(ZMemberOut) }),
  },
  "PATCH /members/{memberId}": {
    summary: "Change a member's role (a workspace keeps at least one owner)",
    access: { role: "owner" },
    body: ZChangeRoleBody,
    output: ZMemberOut,
  },
  "DELETE /members/{memberId}": {
    summary: "Remove a member (the last owner cannot leave)",
    access: { role: "owner" },
    status: 204,
  },
  "GET /invitations": {
    summary: "Pending invitations",
    access: { role: "owner" },
    output: z.object({ invitations: z.array(ZInvitationOut) }),
  },
  "POST /invitations": {
    summary: "Invite someone by email with a role; answers the link to send them",
    access: { role: "owner" },
    body: ZCreateInvitationBody,
    status: 201,
    output: ZInvitationOut,
  },
  "DELETE /invitations/{invitationId}": { summary: "Revoke an invitation", access: { role: "owner" }, status: 204 },
  "POST /invitations/{invitationId}/accept": {
    summary: "Join with the invitation's role (new people set name and password); signs in",
    access: "public",
    body: ZAcceptInvitationBody,
    bodyOptional: true,
  },
  "GET /keys": {
    summary: "API keys of the current workspace (never the keys themselves)",
    access: { role: "owner" },
    output: z.object({ keys: z.array(ZApiKeyOut) }),
  },
  "POST /keys": {
    summary: "Create an API key; the key appears only in this answer",
    access: { role: "owner" },
    body: ZCreateApiKeyBody,
    status: 201,
    output: ZCreatedApiKeyOut,
  },
  "DELETE /keys/{keyId}": { summary: "Revoke an API key", access: { role: "owner" }, status: 204 },

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
    output: ZRun,
  },
  "POST /endpoints/{id}/sign": {
    summary: "Sign a test request as the stack's signature check expects",
    access: { scope: "endpoints:write" },
    body: ZSignTestRequestBody,
    bodyOptional: true,
  },
  "GET /endpoints/{id}/listen": {
    summary: "Server-sent events for live requests",
    access: { scope: "endpoints:read" },
    query: ZListenQuery,
  },
  "GET /endpoints/{id}/requests": {
    summary: "Request history, newest first",
    access: { scope: "endpoints:read" },
    query: ZListRequestsQuery,
  },
  "GET /endpoints/{id}/requests/{requestId}": {
    summary: "One request with its response and trace",
    access: { scope: "endpoints:read" },
  },
  "POST /endpoints/{id}/requests/{requestId}/replay": {
    summary: "Run a stored request again",
    access: { scope: "endpoints:write" },
    body: ZReplayBody,
    output: ZRun,
  },
  "POST /endpoints/{id}/requests/{requestId}/retry": {
    summary: "Retry a failed background run",
    access: { scope: "endpoints:write" },
  },
  "GET /endpoints/{id}/versions": { summary: "Published versions", access: { scope: "endpoints:read" } },
  "GET /endpoints/{id}/versions/{version}": { summary: "One version's graph", access: { scope: "endpoints:read" } },
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
  },
  "GET /endpoints/{id}/tests": { summary: "The endpoint's test suite", access: { scope: "endpoints:read" } },
  "POST /endpoints/{id}/tests": {
    summary: "Add a test case (a saved request and its expectations)",
    access: { scope: "endpoints:write" },
    body: ZTestCaseInput,
    status: 201,
  },
  "POST /endpoints/{id}/tests/import": {
    summary: "Bring in a suite (cases named like existing ones replace them)",
    access: { scope: "endpoints:write" },
    body: ZImportTestsBody,
  },
  "POST /endpoints/{id}/tests/run": {
    summary: "Run all or some test cases on the draft (dry run by default); per-case results",
    access: { scope: "endpoints:write" },
    body: ZRunTestsBody,
    bodyOptional: true,
  },
  "PUT /endpoints/{id}/tests/{testId}": {
    summary: "Replace a test case",
    access: { scope: "endpoints:write" },
    body: ZTestCaseInput,
  },
  "DELETE /endpoints/{id}/tests/{testId}": {
    summary: "Delete a test case",
    access: { scope: "endpoints:write" },
    status: 204,
  },
  "GET /nodes": { summary: "The node catalog", access: "any" },
  "GET /schema/graph": { summary: "The graph's JSON Schema", access: "any" },
  "GET /starters": { summary: "Ready-made stacks", access: "any" },

  "GET /tables": { summary: "List tables", access: { scope: "tables:read" } },
  "POST /tables": { summary: "Create a table", access: { scope: "tables:write" }, body: ZTableDefinition, status: 201 },
  "GET /tables/{name}": { summary: "Read a table's definition", access: { scope: "tables:read" } },
  "DELETE /tables/{name}": {
    summary: "Delete a table and its records",
    access: { scope: "tables:write" },
    status: 204,
  },
  "POST /tables/{name}/fields": {
    summary: "Add a field (existing records have no value in it; required only while the table is empty)",
    access: { scope: "tables:write" },
    body: ZTableField,
  },
  "DELETE /tables/{name}/fields/{field}": {
    summary: "Remove a field and delete its value from every record",
    access: { scope: "tables:write" },
  },
  "GET /tables/{name}/records": {
    summary: "Records by creation (newest first, or oldest), keyset-paginated, filtered by field values",
    access: { scope: "tables:read" },
    query: ZListRecordsQuery,
  },
  "POST /tables/{name}/records": {
    summary: "Add a record by hand (checked as the addRecord node checks it)",
    access: { scope: "tables:write" },
    body: ZRecordBody,
    status: 201,
  },
  "GET /tables/{name}/records/{recordId}": {
    summary: "One record, its version and the request that stored it",
    access: { scope: "tables:read" },
  },
  "PUT /tables/{name}/records/{recordId}": {
    summary: "Replace a record's fields (409 when it changed since `version`)",
    access: { scope: "tables:write" },
    body: ZRecordBody,
  },
  "DELETE /tables/{name}/records/{recordId}": {
    summary: "Delete a record",
    access: { scope: "tables:write" },
    status: 204,
  },
  "GET /tables/{name}/export": {
    summary: "Every record (matching `filters`) as CSV or a JSON array, streamed",
    access: { scope: "tables:read" },
    query: ZExportRecordsQuery,
  },
  "POST /tables/{name}/import": {
    summary: "Add one record per CSV row (all or nothing)",
    access: { scope: "tables:write" },
    body: ZImportRecordsBody,
  },

  "GET /env": {
    summary: "Environment variable names (never values), with the endpoints whose draft or live version uses each",
    access: { scope: "env:read" },
    output: z.object({ variables: z.array(ZEnvVarOut.extend({ usedBy: z.array(ZEnvUserOut) })) }),
  },
  "POST /env": {
    summary: "Create a variable; 409 when the name exists (never replaces one)",
    access: { scope: "env:write" },
    body: ZCreateEnvBody,
    status: 201,
    output: ZEnvVarOut,
  },
  "PUT /env/{name}": {
    summary: "Set a variable (stored encrypted, never read back)",
    access: { scope: "env:write" },
    body: ZSetEnvBody,
    output: ZEnvVarOut,
  },
  "DELETE /env/{name}": { summary: "Delete a variable", access: { scope: "env:write" }, status: 204 },

  ...WEBHOOK_ROUTES,
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
