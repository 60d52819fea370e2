import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * True when the SQLite file exists and every migration folder is recorded as applied in `_prisma_migrations`.
 * Prisma's schema engine cannot open a SQLite file that a running server holds (it fails with "unknown variant
 * `SocketTimeout`"), so tools that run beside the server (`npm run apikey`) migrate only when this is false.
 */
export function sqliteMigrationsApplied(file: string, migrationsDir: string): boolean {
  if (!existsSync(file)) return false;
  const wanted = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return false;
    const rows = db
      .prepare(
        "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      )
      .all() as { name: string }[];
    const applied = new Set(rows.map((r) => r.name));
    return wanted.every((name) => applied.has(name));
  } finally {
    db.close();
  }
}

/** The migrations folder of a provider, from the project root. */
export const migrationsDir = (root: string, provider: "sqlite" | "postgres") =>
  path.join(root, "prisma", provider, "migrations");
