import Database from "better-sqlite3";
import type { TPendingRecord } from "@/lib/engine/types";
import { sqlitePath } from "@/lib/db/database-url";
import { LOG_COLUMNS, logValues, uniqueConflictMessage, type THookStore, type TRequestLogRow } from "./types";

export function openSqliteHookStore(url: string): THookStore {
  const db = new Database(sqlitePath(url));
  // WAL lets the hot path write while Prisma reads; a busy timeout instead of SQLITE_BUSY when both write.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 10000");
  db.pragma("foreign_keys = ON");

  const head = db.prepare<[string], { id: string; workspaceId: string; enabled: number; publishedVersionId: string | null; settings: string; workspaceRevision: number }>(
    `SELECT e.id, e.workspace_id AS workspaceId, e.enabled, e.published_version_id AS publishedVersionId, e.settings,
            w.revision AS workspaceRevision
       FROM endpoints e JOIN workspaces w ON w.id = e.workspace_id WHERE e.id = ?`,
  );
  const version = db.prepare<[string], { graph: string }>(`SELECT graph FROM endpoint_versions WHERE id = ?`);
  const env = db.prepare<[string], { name: string; value: string }>(`SELECT name, value FROM env_vars WHERE workspace_id = ?`);
  const tables = db.prepare<[string], { id: string; name: string; fields: string }>(
    `SELECT id, name, fields FROM data_tables WHERE workspace_id = ?`,
  );
  const taken = db.prepare(`SELECT 1 FROM record_unique_values WHERE table_id = ? AND field = ? AND value = ?`);
  const insertLog = db.prepare(
    `INSERT INTO request_logs (${LOG_COLUMNS.join(", ")}) VALUES (${LOG_COLUMNS.map(() => "?").join(", ")})`,
  );
  const insertRecord = db.prepare(`INSERT INTO data_records (id, table_id, data, request_id, created_at) VALUES (?, ?, ?, ?, ?)`);
  const insertUnique = db.prepare(`INSERT INTO record_unique_values (table_id, field, value, record_id) VALUES (?, ?, ?, ?)`);

  const logArgs = (log: TRequestLogRow) => logValues(log).map((v) => (typeof v === "boolean" ? Number(v) : v));
  const commit = db.transaction((log: TRequestLogRow, records: TPendingRecord[]) => {
    insertLog.run(...logArgs(log));
    for (const r of records) {
      insertRecord.run(r.id, r.tableId, JSON.stringify(r.data), log.id, r.createdAt);
      for (const u of r.unique) insertUnique.run(r.tableId, u.field, u.value, r.id);
    }
  });

  return {
    async endpointHead(id) {
      const row = head.get(id);
      return row && { ...row, enabled: row.enabled === 1 };
    },
    async versionGraph(id) {
      return version.get(id)?.graph;
    },
    async envVars(workspaceId) {
      return env.all(workspaceId);
    },
    async tables(workspaceId) {
      return tables.all(workspaceId);
    },
    async isUniqueValueTaken(tableId, field, value) {
      return taken.get(tableId, field, value) !== undefined;
    },
    async commitRun(log, records) {
      try {
        commit(log, records);
        return { ok: true };
      } catch (err) {
        if ((err as { code?: string }).code !== "SQLITE_CONSTRAINT_PRIMARYKEY") throw err;
        return { ok: false, message: uniqueConflictMessage(records, "concurrent insert") };
      }
    },
    async insertLog(log) {
      insertLog.run(...logArgs(log));
    },
    async close() {
      db.close();
    },
  };
}
