import { z } from "zod";
import { ZCreateEnvBody, ZEnvVarListOut, ZEnvVarOut, ZSetEnvBody } from "@/lib/env/env-name";
import { ZTableDefinition, ZTableField } from "@/lib/table-schema/field-types";
import { ZImportRecordsBody } from "./import-records";
import { ZListRecordsQuery } from "./list-records";
import { ZExportRecordsQuery, ZRecordBody } from "./record-schemas";
import { ZImportRecordsOut, ZRecordDetailOut, ZRecordOut, ZRecordPageOut, ZTableOut } from "./schemas";

/** The table, record and environment-variable routes of /api/v1 (the back office's data), in the route table's shape. */
export const TABLE_ROUTES = {
  "GET /tables": {
    summary: "List tables",
    access: { scope: "tables:read" },
    output: z.object({ tables: z.array(ZTableOut) }),
  },
  "POST /tables": {
    summary: "Create a table",
    access: { scope: "tables:write" },
    body: ZTableDefinition,
    status: 201,
    output: ZTableOut,
  },
  "GET /tables/{name}": { summary: "Read a table's definition", access: { scope: "tables:read" }, output: ZTableOut },
  "DELETE /tables/{name}": {
    summary: "Delete a table and its records",
    access: { scope: "tables:write" },
    status: 204,
  },
  "POST /tables/{name}/fields": {
    summary: "Add a field (existing records have no value in it; required only while the table is empty)",
    access: { scope: "tables:write" },
    body: ZTableField,
    output: ZTableOut,
  },
  "DELETE /tables/{name}/fields/{field}": {
    summary: "Remove a field and delete its value from every record",
    access: { scope: "tables:write" },
    output: ZTableOut,
  },
  "GET /tables/{name}/records": {
    summary: "Records by creation (newest first, or oldest), keyset-paginated, filtered by field values",
    access: { scope: "tables:read" },
    query: ZListRecordsQuery,
    output: ZRecordPageOut,
  },
  "POST /tables/{name}/records": {
    summary: "Add a record by hand (checked as the addRecord node checks it)",
    access: { scope: "tables:write" },
    body: ZRecordBody,
    status: 201,
    output: ZRecordOut,
  },
  "GET /tables/{name}/records/{recordId}": {
    summary: "One record, its version and the request that stored it",
    access: { scope: "tables:read" },
    output: ZRecordDetailOut,
  },
  "PUT /tables/{name}/records/{recordId}": {
    summary: "Replace a record's fields (409 when it changed since `version`)",
    access: { scope: "tables:write" },
    body: ZRecordBody,
    output: ZRecordOut.extend({ version: z.number() }),
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
    contentType: ["text/csv", "application/json"],
  },
  "POST /tables/{name}/import": {
    summary: "Add one record per CSV row (all or nothing)",
    access: { scope: "tables:write" },
    body: ZImportRecordsBody,
    output: ZImportRecordsOut,
  },

  "GET /env": {
    summary: "Environment variable names (never values), with the endpoints whose draft or live version uses each",
    access: { scope: "env:read" },
    output: ZEnvVarListOut,
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
} as const;
