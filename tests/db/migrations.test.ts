import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { createPgDatabase, dropPgDatabase } from "../support/postgres";
import { describeEachProvider, type TProvider } from "../support/providers";

const ROOT = path.resolve(import.meta.dirname, "../..");

function prisma(args: string[], databaseUrl: string): string {
  return execFileSync("npx", ["prisma", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    stdio: "pipe",
  });
}

/** Tables, columns, indexes and foreign keys of a SQLite database, as sorted lines (order of creation ignored). */
function describeSqlite(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const lines: string[] = [];
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
      )
      .all() as { name: string }[];
    for (const { name } of tables) {
      for (const c of db.pragma(`table_info("${name}")`) as {
        name: string;
        type: string;
        notnull: number;
        dflt_value: unknown;
        pk: number;
      }[]) {
        lines.push(
          `column ${name}.${c.name} ${c.type} notnull=${c.notnull} default=${String(c.dflt_value)} pk=${c.pk}`,
        );
      }
      for (const i of db.pragma(`index_list("${name}")`) as { name: string; unique: number }[]) {
        const columns = (db.pragma(`index_info("${i.name}")`) as { name: string }[]).map((c) => c.name).join(",");
        lines.push(`index ${name} ${i.name} unique=${i.unique} (${columns})`);
      }
      for (const f of db.pragma(`foreign_key_list("${name}")`) as {
        table: string;
        from: string;
        to: string;
        on_update: string;
        on_delete: string;
      }[]) {
        lines.push(`fk ${name}.${f.from} -> ${f.table}.${f.to} update=${f.on_update} delete=${f.on_delete}`);
      }
    }
    return lines.sort();
  } finally {
    db.close();
  }
}

/** The same for PostgreSQL's public schema. */
async function describePg(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const indexes = await client.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    const constraints = await client.query(
      `SELECT c.conrelid::regclass::text AS table_name, c.conname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
       JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations'`,
    );
    return [
      ...columns.rows.map(
        (c) =>
          `column ${c.table_name}.${c.column_name} ${c.data_type} nullable=${c.is_nullable} default=${c.column_default}`,
      ),
      ...indexes.rows.map((i) => `index ${i.tablename} ${i.indexdef}`),
      ...constraints.rows.map((c) => `constraint ${c.table_name} ${c.conname} ${c.def}`),
    ].sort();
  } finally {
    await client.end();
  }
}

/**
 * The migrations, applied in order to an empty database, build exactly what prisma/models.prisma describes (the
 * schema Prisma would create from scratch): a model changed without its migration, or a migration that drifts from
 * the model, fails here. Both providers, since each has its own migrations.
 */
describeEachProvider("migrations match prisma/models.prisma", (provider: TProvider) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hookstack-migrations-"));
  const pgNames: string[] = [];
  afterAll(async () => {
    for (const name of pgNames) await dropPgDatabase(name);
    rmSync(dir, { recursive: true, force: true });
  });

  const freshUrl = async (label: string) => {
    if (provider === "sqlite") return `file:${path.join(dir, `${label}.db`)}`;
    const name = `hookstack_migrations_${label}_${process.pid}_${Date.now()}`;
    pgNames.push(name);
    return createPgDatabase(name);
  };
  const describeDb = (url: string) =>
    provider === "sqlite" ? Promise.resolve(describeSqlite(url.replace(/^file:/, ""))) : describePg(url);

  it("migrate deploy from empty equals the model's own schema", async () => {
    const migrated = await freshUrl("migrated");
    prisma(["migrate", "deploy"], migrated);

    const expected = await freshUrl("expected");
    const script = prisma(
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", `prisma/${provider}`, "--script"],
      expected,
    );
    if (provider === "sqlite") {
      const db = new Database(expected.replace(/^file:/, ""));
      db.exec(script);
      db.close();
    } else {
      const client = new pg.Client({ connectionString: expected });
      await client.connect();
      await client.query(script);
      await client.end();
    }

    const [got, want] = [await describeDb(migrated), await describeDb(expected)];
    expect(got.length).toBeGreaterThan(50);
    expect(
      got.filter((l) => !want.includes(l)),
      "in the migrated database, not in the model",
    ).toEqual([]);
    expect(
      want.filter((l) => !got.includes(l)),
      "in the model, not in the migrated database",
    ).toEqual([]);
  }, 120_000);
});
