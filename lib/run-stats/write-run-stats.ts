import type { DbProvider } from "@/lib/db/database-url";
import { BUCKET_COLUMNS } from "./duration-buckets";
import type { TStatBatch, TStatRow } from "./run-stats-buffer";
import type { TStatement } from "@/lib/run-store/types";

const STAT_COLUMNS = [
  "workspace_id",
  "endpoint_id",
  "step_ms",
  "start_at",
  "requests",
  "errors",
  "duration_max",
  ...BUCKET_COLUMNS,
];
const ADDED = ["requests", "errors", ...BUCKET_COLUMNS];
// Well under SQLite's 32,766 and PostgreSQL's 65,535 parameters per statement.
const ROWS_PER_STATEMENT = 200;

function placeholders(dialect: DbProvider, rows: number, columns: number): string {
  let n = 0;
  const row = () => `(${Array.from({ length: columns }, () => (dialect === "sqlite" ? "?" : `$${++n}`)).join(", ")})`;
  return Array.from({ length: rows }, row).join(", ");
}

/** One statement that adds the rows' figures to what is stored (or stores them): any number of writers may add. */
export function upsertStatsSql(dialect: DbProvider, rows: TStatRow[]) {
  const max = dialect === "sqlite" ? "MAX" : "GREATEST";
  const sql = `INSERT INTO run_stats (${STAT_COLUMNS.join(", ")}) VALUES ${placeholders(dialect, rows.length, STAT_COLUMNS.length)}
ON CONFLICT (workspace_id, step_ms, start_at, endpoint_id) DO UPDATE SET
${ADDED.map((c) => `${c} = run_stats.${c} + excluded.${c}`).join(", ")},
duration_max = ${max}(run_stats.duration_max, excluded.duration_max)`;
  const params = rows.flatMap((r) => [
    r.workspaceId,
    r.endpointId,
    r.stepMs,
    r.startAt,
    r.requests,
    r.errors,
    r.durationMax,
    ...r.histogram,
  ]);
  return { sql, params };
}

function insertFailuresSql(dialect: DbProvider, failures: TStatBatch["failures"]) {
  const sql = `INSERT INTO request_failures (id, workspace_id, endpoint_id, received_at) VALUES ${placeholders(dialect, failures.length, 4)}
ON CONFLICT (id) DO NOTHING`;
  return { sql, params: failures.flatMap((f) => [f.id, f.workspaceId, f.endpointId, f.receivedAt]) };
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) out.push(items.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

/**
 * The statements that add a batch to the rollup, to run in one transaction. Rows go in key order, so two instances adding to the same rows
 * take their locks in the same order and never deadlock on PostgreSQL.
 */
export function runStatsStatements(dialect: DbProvider, batch: TStatBatch): TStatement[] {
  const stats = [...batch.stats].sort(
    (a, b) =>
      a.workspaceId.localeCompare(b.workspaceId) ||
      a.stepMs - b.stepMs ||
      a.startAt - b.startAt ||
      a.endpointId.localeCompare(b.endpointId),
  );
  return [
    ...chunks(stats).map((rows) => upsertStatsSql(dialect, rows)),
    ...chunks(batch.failures).map((rows) => insertFailuresSql(dialect, rows)),
  ];
}
