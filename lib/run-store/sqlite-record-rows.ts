import type Database from "better-sqlite3";
import { sqliteMultiRowInserter } from "@/lib/db/sqlite-multi-row";

/** Inserts new records (flat values: id, table id, data JSON, request id, created at — per record), 50 per statement. */
export function sqliteRecordRowsInserter(db: Database.Database) {
  return sqliteMultiRowInserter(db, "data_records", ["id", "table_id", "data", "request_id", "created_at"]);
}
