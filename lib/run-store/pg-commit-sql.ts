import { fanOut, type TDeliveryRow, type TEventRow } from "@/lib/webhooks/fan-out";
import { pgLogRow } from "./pg-text";
import { LOG_FIELDS, LOG_RESULT_FIELDS, type TRequestLogRow, type TRunCommit } from "./types";

/** PostgreSQL type of each history column, for the JSON rows a batch sends (`json_to_recordset`). */
const LOG_TYPES: Record<(typeof LOG_FIELDS)[number], string> = {
  id: "text",
  endpointId: "text",
  workspaceId: "text",
  versionId: "text",
  source: "text",
  method: "text",
  path: "text",
  query: "text",
  headers: "text",
  ip: "text",
  body: "text",
  bodySize: "int",
  bodyTruncated: "bool",
  receivedAt: "bigint",
  status: "int",
  responseHeaders: "text",
  responseBody: "text",
  trace: "text",
  durationMs: "float8",
  error: "text",
  state: "text",
  attempts: "int",
  acceptedStatus: "int",
};

const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The columns of `json_to_recordset`, named as the rows' own fields: the objects are sent as they are. */
const shape = (fields: readonly (readonly [string, string])[]) => fields.map(([f, t]) => `"${f}" ${t}`).join(", ");
const logShape = (fields: readonly (typeof LOG_FIELDS)[number][]) => shape(fields.map((f) => [f, LOG_TYPES[f]]));
const quoted = (fields: readonly string[]) => fields.map((f) => `"${f}"`).join(", ");
const RECORD_SHAPE = shape([
  ["id", "text"],
  ["tableId", "text"],
  ["data", "text"],
  ["requestId", "text"],
  ["createdAt", "bigint"],
]);
const EVENT_SHAPE = shape([
  ["id", "text"],
  ["workspaceId", "text"],
  ["type", "text"],
  ["data", "text"],
  ["requestId", "text"],
  ["createdAt", "bigint"],
]);
const DELIVERY_SHAPE = shape([
  ["id", "text"],
  ["subscriptionId", "text"],
  ["eventId", "text"],
  ["eventType", "text"],
  ["nextAttemptAt", "bigint"],
  ["createdAt", "bigint"],
]);

function statement(): string {
  const set = LOG_RESULT_FIELDS.map((f) => `${column(f)} = u."${f}"`).join(", ");
  // Each table's rows travel as one JSON array ($1–$5): JSON.stringify is native, where array literals would be
  // escaped element by element in JavaScript (pg's escapeElement, the largest cost of sending a batch).
  // Data-modifying WITH clauses all run, read or not; an empty array writes nothing. All of them see one
  // snapshot: when it holds an active subscription in a workspace whose events were not fanned out, none writes.
  return `WITH go AS (
      SELECT NOT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE workspace_id = ANY($6::text[]) AND status = 'active') AS ok
    ), inserted AS (
      INSERT INTO request_logs (${LOG_FIELDS.map(column).join(", ")})
      SELECT ${quoted(LOG_FIELDS)} FROM json_to_recordset($1::json) AS l(${logShape(LOG_FIELDS)}) WHERE (SELECT ok FROM go)
    ), updated AS (
      UPDATE request_logs l SET ${set}
        FROM json_to_recordset($2::json) AS u(${logShape(["id", ...LOG_RESULT_FIELDS])}) WHERE l.id = u."id" AND (SELECT ok FROM go)
    ), records AS (
      INSERT INTO data_records (id, table_id, data, request_id, created_at)
      SELECT "id", "tableId", "data", "requestId", "createdAt" FROM json_to_recordset($3::json) AS r(${RECORD_SHAPE}) WHERE (SELECT ok FROM go)
    ), events AS (
      INSERT INTO webhook_events (id, workspace_id, type, data, request_id, created_at)
      SELECT "id", "workspaceId", "type", "data", "requestId", "createdAt" FROM json_to_recordset($4::json) AS e(${EVENT_SHAPE}) WHERE (SELECT ok FROM go)
    ), deliveries AS (
      INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, status, attempts, next_attempt_at, created_at, updated_at)
      SELECT "id", "subscriptionId", "eventId", "eventType", 'pending', 0, "nextAttemptAt", "createdAt", "createdAt"
        FROM json_to_recordset($5::json) AS d(${DELIVERY_SHAPE}) WHERE (SELECT ok FROM go)
    ) SELECT ok FROM go`;
}

/**
 * One statement for what any number of runs add: new history rows, background runs' queued rows updated, new
 * records, events and their deliveries. Alone it is a transaction of its own (one round trip). Events come either
 * fanned out (their deliveries given, the targets read and locked in the caller's transaction) or not: then the
 * statement writes only if their workspaces have no active subscription, and answers `ok` false otherwise.
 */
export const COMMIT_RUNS_SQL = statement();

/** `fan`: the runs' events and deliveries as fanned out; without it, their events unfanned. */
export function commitRunsValues(
  runs: TRunCommit[],
  fan?: { events: TEventRow[]; deliveries: TDeliveryRow[] },
): unknown[] {
  const inserts: TRequestLogRow[] = [];
  const updates: TRequestLogRow[] = [];
  for (const c of runs) (c.logMode === "insert" ? inserts : updates).push(pgLogRow(c.log));
  const records = runs.flatMap((c) =>
    c.records
      .filter((r) => r.op === "insert")
      .map((r) => ({
        id: r.id,
        tableId: r.tableId,
        data: JSON.stringify(r.data),
        requestId: c.log.id,
        createdAt: r.createdAt,
      })),
  );
  const { events, deliveries } = fan ?? unfanned(runs);
  return [
    JSON.stringify(inserts),
    JSON.stringify(updates),
    JSON.stringify(records),
    JSON.stringify(events),
    JSON.stringify(deliveries),
    fan ? [] : [...new Set(events.map((e) => e.workspaceId))],
  ];
}

/** The runs' event rows with no deliveries (the statement checks that none were due). */
function unfanned(runs: TRunCommit[]): { events: TEventRow[]; deliveries: TDeliveryRow[] } {
  return { events: runs.flatMap((c) => (c.events ? fanOut(c.events, []).events : [])), deliveries: [] };
}
