import type Database from "better-sqlite3";
import { RecordConflict } from "./conflict";
import { keyChanges } from "./index-key";
import { recordsQuerySql } from "./sql";
import type { TPendingRecord, TRecordReader, TStoredRecord } from "./types";

type Row = { id: string; data: string; createdAt: number; version: number };
const toRecord = (row: Row | undefined): TStoredRecord | undefined =>
  row && {
    id: row.id,
    createdAt: Number(row.createdAt),
    version: row.version,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };

const COLUMNS = `r.id, r.data, r.created_at AS createdAt, r.version`;
/** Distinct query shapes kept prepared; more are prepared each time. */
const MAX_PREPARED = 200;

/** Record reads and the record half of a run's commit, on the hot path's better-sqlite3 connection. */
export function sqliteRecords(db: Database.Database) {
  const q = {
    get: db.prepare<[string, string], Row>(`SELECT ${COLUMNS} FROM data_records r WHERE r.table_id = ? AND r.id = ?`),
    byUnique: db.prepare<[string, string, string], Row>(
      `SELECT ${COLUMNS} FROM record_unique_values k CROSS JOIN data_records r ON r.table_id = k.table_id AND r.id = k.record_id
        WHERE k.table_id = ? AND k.field = ? AND k.value = ?`,
    ),
    update: db.prepare(
      `UPDATE data_records SET data = ?, version = version + 1 WHERE table_id = ? AND id = ? AND version = ?`,
    ),
    delete: db.prepare(`DELETE FROM data_records WHERE table_id = ? AND id = ? AND version = ?`),
    add_record_unique_values: db.prepare(
      `INSERT INTO record_unique_values (table_id, field, value, record_id) VALUES (?, ?, ?, ?)`,
    ),
    drop_record_unique_values: db.prepare(
      `DELETE FROM record_unique_values WHERE table_id = ? AND field = ? AND value = ? AND record_id = ?`,
    ),
    add_record_index_values: db.prepare(
      `INSERT INTO record_index_values (table_id, field, value, record_id) VALUES (?, ?, ?, ?)`,
    ),
    drop_record_index_values: db.prepare(
      `DELETE FROM record_index_values WHERE table_id = ? AND field = ? AND value = ? AND record_id = ?`,
    ),
  };
  const prepared = new Map<string, Database.Statement<unknown[], Row>>();
  const statement = (sql: string) => {
    let s = prepared.get(sql);
    if (!s) {
      if (prepared.size >= MAX_PREPARED) prepared.clear();
      prepared.set(sql, (s = db.prepare<unknown[], Row>(sql)));
    }
    return s;
  };

  const reader: TRecordReader = {
    async get(tableId, id) {
      return toRecord(q.get.get(tableId, id));
    },
    async findUnique(tableId, field, value) {
      return toRecord(q.byUnique.get(tableId, field, value));
    },
    async query(query) {
      const { sql, params } = recordsQuerySql("sqlite", query);
      return statement(sql)
        .all(...params)
        .map((row) => toRecord(row)!);
    },
  };

  /**
   * Writes one change's keys, and the row itself for updates and deletes (inserts are batched by the caller).
   * Throws RecordConflict when the record moved past the version the run read; runs inside the commit transaction.
   */
  function apply(r: TPendingRecord) {
    if (r.op === "update" && q.update.run(JSON.stringify(r.data), r.tableId, r.id, r.base!.version).changes === 0) {
      throw new RecordConflict(r.table);
    }
    if (r.op === "delete" && q.delete.run(r.tableId, r.id, r.base!.version).changes === 0)
      throw new RecordConflict(r.table);
    for (const { op, table, key } of keyChanges(r)) q[`${op}_${table}`].run(r.tableId, key.field, key.value, r.id);
  }

  return { reader, apply };
}
