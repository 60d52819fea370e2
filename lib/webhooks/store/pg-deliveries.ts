import type pg from "pg";
import type { TDeliveryStore } from "../delivery/delivery-store";
import { attemptWrites, deliveryOfRow, deliverySql } from "./delivery-sql";

/** The delivery worker's statements on the hot path's PostgreSQL pool (named, so each is prepared once per connection). */
export function pgDeliveryStore(pool: pg.Pool): TDeliveryStore {
  const sql = deliverySql("postgres");
  const names = new Map(Object.entries(sql).map(([key, text]) => [text, `hs_delivery_${key}`]));
  return {
    async deliveryToSend(id) {
      const { rows } = await pool.query({ name: names.get(sql.load), text: sql.load, values: [id] });
      return rows[0] && deliveryOfRow(rows[0]);
    },
    async postpone(id, workerId, nextAttemptAt) {
      await pool.query({ name: names.get(sql.postpone), text: sql.postpone, values: [nextAttemptAt, id, workerId] });
    },
    async recordAttempt(o) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (const w of attemptWrites(sql, o)) {
          const { rowCount } = await client.query({ name: names.get(w.text), text: w.text, values: w.values });
          if (w.mustChange && !rowCount) {
            await client.query("ROLLBACK");
            return false;
          }
        }
        await client.query("COMMIT");
        return true;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
  };
}
