import type pg from "pg";
import { RecordConflict } from "./conflict";
import { keyChanges } from "./index-key";
import { recordsQuerySql } from "./sql";
import type { TPendingRecord, TRecordReader, TStoredRecord } from "./types";

type Row = { id: string; data: string; createdAt: number | string; version: number };
const toRecord = (row: Row | undefined): TStoredRecord | undefined =>
  row && {
    id: row.id,
    createdAt: Number(row.createdAt),
    version: row.version,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };

const COLUMNS = `r.id, r.data, r.created_at AS "createdAt", r.version`;

/** Record reads and the record half of a run's commit, on the hot path's pg pool. */
export function pgRecords(pool: pg.Pool) {
  const reader: TRecordReader = {
    async get(tableId, id) {
      const { rows } = await pool.query<Row>({
        name: "hs_record_get",
        text: `SELECT ${COLUMNS} FROM data_records r WHERE r.table_id = $1 AND r.id = $2`,
        values: [tableId, id],
      });
      return toRecord(rows[0]);
    },
    async findUnique(tableId, field, value) {
      const { rows } = await pool.query<Row>({
        name: "hs_record_by_unique",
        text: `SELECT ${COLUMNS} FROM record_unique_values k JOIN data_records r ON r.table_id = k.table_id AND r.id = k.record_id
                WHERE k.table_id = $1 AND k.field = $2 AND k.value = $3`,
        values: [tableId, field, value],
      });
      return toRecord(rows[0]);
    },
    async query(query) {
      const { sql, params } = recordsQuerySql("postgres", query);
      return (await pool.query<Row>(sql, params)).rows.map((row) => toRecord(row)!);
    },
  };

  /**
   * Writes one change's keys, and the row itself for updates and deletes (inserts are batched by the caller).
   * Throws RecordConflict when the record moved past the version the run read. A concurrent update of the same row
   * waits for the other transaction and then sees its new version, so the check cannot be raced.
   */
  async function apply(client: pg.PoolClient, r: TPendingRecord) {
    if (r.op === "update") {
      const { rowCount } = await client.query({
        name: "hs_record_update",
        text: `UPDATE data_records SET data = $1, version = version + 1 WHERE table_id = $2 AND id = $3 AND version = $4`,
        values: [JSON.stringify(r.data), r.tableId, r.id, r.base!.version],
      });
      if (!rowCount) throw new RecordConflict(r.table);
    }
    if (r.op === "delete") {
      const { rowCount } = await client.query({
        name: "hs_record_delete",
        text: `DELETE FROM data_records WHERE table_id = $1 AND id = $2 AND version = $3`,
        values: [r.tableId, r.id, r.base!.version],
      });
      if (!rowCount) throw new RecordConflict(r.table);
    }
    for (const { op, table, key } of keyChanges(r)) {
      await client.query({
        name: `hs_${op}_${table}`,
        text:
          op === "add"
            ? `INSERT INTO ${table} (table_id, field, value, record_id) VALUES ($1, $2, $3, $4)`
            : `DELETE FROM ${table} WHERE table_id = $1 AND field = $2 AND value = $3 AND record_id = $4`,
        values: [r.tableId, key.field, key.value, r.id],
      });
    }
  }

  return { reader, apply };
}
