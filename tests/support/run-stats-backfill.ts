import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TProvider } from "./providers";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The statements after "-- Backfill" in the run_stats migration: the rollup of every stored history row. */
export function runStatsBackfill(provider: TProvider): string[] {
  const dir = path.join(ROOT, "prisma", provider, "migrations");
  const migration = readdirSync(dir).find((d) => d.endsWith("_run_stats"));
  if (!migration) throw new Error(`no run_stats migration in ${dir}`);
  const text = readFileSync(path.join(dir, migration, "migration.sql"), "utf8");
  return text
    .slice(text.indexOf("-- Backfill"))
    .replace(/^--.*$/gm, "")
    .split(";")
    .filter((s) => s.trim());
}
