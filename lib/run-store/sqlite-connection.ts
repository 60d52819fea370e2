import Database from "better-sqlite3";
import { sqlitePath } from "@/lib/db/database-url";
import { startSqliteCheckpointer } from "./sqlite-checkpointer";
import { walSyncer } from "./wal-sync";

function prepareForIncrementalVacuum(db: Database.Database) {
  if (db.pragma("auto_vacuum", { simple: true }) === 2) return;
  const mode = db.pragma("journal_mode", { simple: true });
  if (mode === "wal") db.pragma("journal_mode = DELETE");
  db.pragma("auto_vacuum = INCREMENTAL");
  db.exec("VACUUM");
}

/**
 * The hot path's better-sqlite3 connection, set up for it (sqlite-store.ts): WAL, durability, checkpoints on a
 * thread of their own. `settle(value)` resolves once what was committed so far is on disk (FULL); `close()` leaves
 * one self-contained database file.
 */
export function openSqliteConnection(url: string, synchronous: "FULL" | "NORMAL") {
  const db = new Database(sqlitePath(url));
  db.pragma("busy_timeout = 10000");
  // Freed pages go back to the file system in steps (the retention sweep runs `incremental_vacuum`), so the file
  // shrinks with the history instead of keeping its high-water mark. A database made before this setting is
  // converted once, by a full VACUUM (which needs the rollback journal, so before WAL is turned on).
  prepareForIncrementalVacuum(db);
  // WAL lets the hot path write while Prisma reads; a busy timeout instead of SQLITE_BUSY when both write.
  db.pragma("journal_mode = WAL");
  // Commits reach the disk before anyone is answered: with FULL (the default) by an fdatasync of the WAL off the
  // event loop (wal-sync.ts), with NORMAL not until the next checkpoint (faster; a power loss may undo the last
  // answered requests). Either way SQLite itself runs at NORMAL, which in WAL mode never corrupts the database.
  db.pragma("synchronous = NORMAL");
  const durable = synchronous === "FULL" ? walSyncer(`${sqlitePath(url)}-wal`) : undefined;
  // After a checkpoint the WAL file is cut back to this size instead of keeping its largest size.
  db.pragma("journal_size_limit = 67108864");
  // No foreign-key lookups on this connection: it only inserts rows whose parents the run has just read, and 11
  // index probes per request are measurable on the hot path. Prisma's connection enforces them (cascades).
  db.pragma("foreign_keys = OFF");
  // Checkpoints run on a worker thread (sqlite-checkpointer.ts); this connection checkpoints only if that falls
  // far behind (about 64 MB of WAL). More pages cached: history rows carry traces of several KB.
  db.pragma("wal_autocheckpoint = 16000");
  db.pragma("cache_size = -8000");
  const checkpointer = startSqliteCheckpointer(sqlitePath(url));
  const settle = <T>(value: T): Promise<T> => (durable ? durable.flush().then(() => value) : Promise.resolve(value));
  async function close() {
    await checkpointer.stop();
    // Everything into the database file and an empty WAL: a stopped server leaves one self-contained file.
    db.pragma("wal_checkpoint(TRUNCATE)");
    durable?.close();
    db.close();
  }
  return { db, settle, close };
}
