import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Database } from "better-sqlite3";

type TWithClient = { client: Database };

/**
 * Prisma's SQLite adapter opens every transaction with a deferred `BEGIN`: its snapshot is taken at the first read,
 * and when the run store, the delivery worker or the rollup writer commits on its own connection before the
 * transaction's first write, that write fails at once with SQLITE_BUSY (a stale snapshot cannot wait its way out),
 * and a hand edit answered 500. `BEGIN IMMEDIATE` takes the write lock up front, waiting out the busy timeout for the
 * other writers instead. The adapter exposes no option for it, so its one `BEGIN` statement is rewritten.
 */
export class PrismaSqliteImmediate extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const { client } = adapter as unknown as TWithClient;
    const prepare = client.prepare.bind(client);
    client.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as Database["prepare"];
    return adapter;
  }
}
