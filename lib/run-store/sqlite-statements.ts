import type Database from "better-sqlite3";
import type { TStatement } from "./types";

/** Runs raw statements in one transaction, each text prepared once (the rollup's repeat with their row counts). */
export function sqliteStatementWriter(db: Database.Database): (statements: TStatement[]) => void {
  const prepared = new Map<string, Database.Statement>();
  return db.transaction((statements: TStatement[]) => {
    for (const s of statements) {
      let statement = prepared.get(s.sql);
      if (!statement) prepared.set(s.sql, (statement = db.prepare(s.sql)));
      statement.run(...s.params);
    }
    if (prepared.size > 100) prepared.clear();
  });
}
