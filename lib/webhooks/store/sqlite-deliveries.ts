import type Database from "better-sqlite3";
import type { TDeliveryStore } from "../delivery/delivery-store";
import { attemptWrites, deliveryOfRow, deliverySql } from "./delivery-sql";

class LeaseLost extends Error {}

/** The delivery worker's statements on the hot path's SQLite connection (synchronous, each write one transaction). */
export function sqliteDeliveryStore(db: Database.Database): TDeliveryStore {
  const sql = deliverySql("sqlite");
  const load = db.prepare<[string], Record<string, unknown>>(sql.load);
  const postpone = db.prepare(sql.postpone);
  const statements = new Map(Object.values(sql).map((text) => [text, db.prepare(text)]));
  const record = db.transaction((writes: ReturnType<typeof attemptWrites>) => {
    for (const w of writes) {
      const { changes } = statements.get(w.text)!.run(...w.values);
      if (w.mustChange && changes === 0) throw new LeaseLost();
    }
  });
  return {
    async deliveryToSend(id) {
      const row = load.get(id);
      return row && deliveryOfRow(row);
    },
    async postpone(id, workerId, nextAttemptAt) {
      postpone.run(nextAttemptAt, id, workerId);
    },
    async recordAttempt(o) {
      try {
        record(attemptWrites(sql, o));
        return true;
      } catch (err) {
        if (err instanceof LeaseLost) return false;
        throw err;
      }
    },
  };
}
