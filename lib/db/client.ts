import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { databaseUrl, providerOf, sqliteFileUrl } from "./database-url";
import { PrismaSqliteImmediate } from "./sqlite-immediate-adapter";

/** Code is written against the SQLite client's types and the portable subset of queries both providers share. */
export type Db = SqliteClient;

const KEY = Symbol.for("hookstack.prisma");
type Holder = { [KEY]?: { url: string; db: Db } };

/**
 * Prisma's defaults (2 s to start an interactive transaction, 5 s to finish it) fail a publish or a hand edit with
 * 500 while SQLite's one writer is busy with runs and deliveries; wait as long as the connection's busy timeout.
 */
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };

function create(url: string): Db {
  if (providerOf(url) === "postgres") {
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    return new PostgresClient({ adapter, transactionOptions }) as unknown as Db;
  }
  const adapter = new PrismaSqliteImmediate({ url: sqliteFileUrl(url), timeout: 10_000 });
  return new SqliteClient({ adapter, transactionOptions });
}

/**
 * The process's Prisma client. Kept on globalThis: Next.js may load this module once per route bundle (and again
 * on every reload in development), and all copies must share one connection pool.
 */
export function getDb(): Db {
  const holder = globalThis as Holder;
  const url = databaseUrl();
  if (holder[KEY]?.url !== url) holder[KEY] = { url, db: create(url) };
  return holder[KEY].db;
}
