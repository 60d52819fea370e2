import { fanOut, type TDeliveryRow, type TEventRow } from "@/lib/webhooks/fan-out";
import { deliveryArrays, eventArrays } from "@/lib/webhooks/store/pg-events";
import { LOG_FIELDS, LOG_RESULT_FIELDS, type TRequestLogRow, type TRunCommit } from "./types";

/** PostgreSQL type of each history column, for the arrays a batch's rows travel in. */
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

function statement(): string {
  let n = 0;
  const params = (types: string[]) => types.map((t) => `$${++n}::${t}[]`).join(", ");
  const logs = (fields: readonly (typeof LOG_FIELDS)[number][]) => params(fields.map((f) => LOG_TYPES[f]));
  const inserted = logs(LOG_FIELDS);
  const updated = logs(["id", ...LOG_RESULT_FIELDS]);
  const records = params(["text", "text", "text", "text", "bigint"]);
  const events = params(["text", "text", "text", "text", "text", "bigint"]);
  const deliveries = params(["text", "text", "text", "text", "bigint", "bigint"]);
  const unfanned = `$${++n}::text[]`;
  const set = LOG_RESULT_FIELDS.map((f) => `${column(f)} = u.${column(f)}`).join(", ");
  // Data-modifying WITH clauses all run, read or not; unnest of empty arrays writes nothing. All of them see one
  // snapshot: when it holds an active subscription in a workspace whose events were not fanned out, none writes.
  return `WITH go AS (
      SELECT NOT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE workspace_id = ANY(${unfanned}) AND status = 'active') AS ok
    ), inserted AS (
      INSERT INTO request_logs (${LOG_FIELDS.map(column).join(", ")}) SELECT * FROM unnest(${inserted}) WHERE (SELECT ok FROM go)
    ), updated AS (
      UPDATE request_logs l SET ${set}
        FROM unnest(${updated}) AS u(id, ${LOG_RESULT_FIELDS.map(column).join(", ")}) WHERE l.id = u.id AND (SELECT ok FROM go)
    ), records AS (
      INSERT INTO data_records (id, table_id, data, request_id, created_at) SELECT * FROM unnest(${records}) WHERE (SELECT ok FROM go)
    ), events AS (
      INSERT INTO webhook_events (id, workspace_id, type, data, request_id, created_at) SELECT * FROM unnest(${events}) WHERE (SELECT ok FROM go)
    ), deliveries AS (
      INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, status, attempts, next_attempt_at, created_at, updated_at)
      SELECT id, sid, eid, etype, 'pending', 0, due, created, created
        FROM unnest(${deliveries}) AS d(id, sid, eid, etype, due, created) WHERE (SELECT ok FROM go)
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
  for (const c of runs) (c.logMode === "insert" ? inserts : updates).push(c.log);
  const records = runs.flatMap((c) =>
    c.records.filter((r) => r.op === "insert").map((r) => ({ r, requestId: c.log.id })),
  );
  const { events, deliveries } = fan ?? unfanned(runs);
  return [
    ...LOG_FIELDS.map((f) => inserts.map((log) => log[f])),
    ...(["id", ...LOG_RESULT_FIELDS] as const).map((f) => updates.map((log) => log[f])),
    records.map(({ r }) => r.id),
    records.map(({ r }) => r.tableId),
    records.map(({ r }) => JSON.stringify(r.data)),
    records.map(({ requestId }) => requestId),
    records.map(({ r }) => r.createdAt),
    ...eventArrays(events),
    ...deliveryArrays(deliveries),
    fan ? [] : [...new Set(events.map((e) => e.workspaceId))],
  ];
}

/** The runs' event rows with no deliveries (the statement checks that none were due). */
function unfanned(runs: TRunCommit[]): { events: TEventRow[]; deliveries: TDeliveryRow[] } {
  return { events: runs.flatMap((c) => (c.events ? fanOut(c.events, []).events : [])), deliveries: [] };
}
