import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { getDb, type Db } from "@/lib/db/client";

/**
 * Gives the pages freed by a retention sweep back to the file system. SQLite keeps a file's high-water mark unless
 * the database is in incremental auto-vacuum mode (the hot-path store sets it up) and is asked to vacuum; the WAL
 * is then cut back at the next checkpoint. PostgreSQL's autovacuum reuses freed space on its own.
 */
export async function reclaimSpace(db: Db = getDb()): Promise<void> {
  if (providerOf(databaseUrl()) !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA incremental_vacuum");
}
