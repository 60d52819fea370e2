import { mkdirSync } from "node:fs";
import path from "node:path";

export type DbProvider = "sqlite" | "postgres";

export const DEFAULT_DATABASE_URL = "file:./data/hookstack.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): DbProvider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

/** Absolute path of a `file:` URL, relative paths taken from the working directory (where `npm start` runs). */
export function sqlitePath(url: string): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** The `file:` URL with an absolute path, its folder created, so SQLite never fails on a missing `data/`. */
export function sqliteFileUrl(url: string): string {
  const file = sqlitePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  return `file:${file}`;
}
