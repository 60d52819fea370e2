import pg from "pg";
import type { TPendingRecord } from "@/lib/engine/types";
import { LOG_COLUMNS, logValues, uniqueConflictMessage, type THookStore, type TRequestLogRow } from "./types";

const UNIQUE_VIOLATION = "23505";

export function openPgHookStore(url: string): THookStore {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const logSql = `INSERT INTO request_logs (${LOG_COLUMNS.join(", ")}) VALUES (${LOG_COLUMNS.map((_, i) => `$${i + 1}`).join(", ")})`;
  const insertLog = (client: pg.Pool | pg.PoolClient, log: TRequestLogRow) =>
    client.query({ name: "hs_insert_log", text: logSql, values: logValues(log) });

  return {
    async endpointHead(id) {
      const { rows } = await pool.query({
        name: "hs_endpoint_head",
        text: `SELECT e.id, e.workspace_id AS "workspaceId", e.enabled, e.published_version_id AS "publishedVersionId",
                      e.settings, w.revision AS "workspaceRevision"
                 FROM endpoints e JOIN workspaces w ON w.id = e.workspace_id WHERE e.id = $1`,
        values: [id],
      });
      return rows[0];
    },
    async versionGraph(id) {
      const { rows } = await pool.query({ name: "hs_version", text: `SELECT graph FROM endpoint_versions WHERE id = $1`, values: [id] });
      return rows[0]?.graph;
    },
    async envVars(workspaceId) {
      const { rows } = await pool.query(`SELECT name, value FROM env_vars WHERE workspace_id = $1`, [workspaceId]);
      return rows;
    },
    async tables(workspaceId) {
      const { rows } = await pool.query(`SELECT id, name, fields FROM data_tables WHERE workspace_id = $1`, [workspaceId]);
      return rows;
    },
    async isUniqueValueTaken(tableId, field, value) {
      const { rowCount } = await pool.query({
        name: "hs_unique_taken",
        text: `SELECT 1 FROM record_unique_values WHERE table_id = $1 AND field = $2 AND value = $3`,
        values: [tableId, field, value],
      });
      return (rowCount ?? 0) > 0;
    },
    async commitRun(log: TRequestLogRow, records: TPendingRecord[]) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await insertLog(client, log);
        for (const r of records) {
          await client.query({
            name: "hs_insert_record",
            text: `INSERT INTO data_records (id, table_id, data, request_id, created_at) VALUES ($1, $2, $3, $4, $5)`,
            values: [r.id, r.tableId, JSON.stringify(r.data), log.id, r.createdAt],
          });
          for (const u of r.unique) {
            await client.query({
              name: "hs_insert_unique",
              text: `INSERT INTO record_unique_values (table_id, field, value, record_id) VALUES ($1, $2, $3, $4)`,
              values: [r.tableId, u.field, u.value, r.id],
            });
          }
        }
        await client.query("COMMIT");
        return { ok: true };
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
        return { ok: false, message: uniqueConflictMessage(records, "concurrent insert") };
      } finally {
        client.release();
      }
    },
    async insertLog(log) {
      await insertLog(pool, log);
    },
    async close() {
      await pool.end();
    },
  };
}
