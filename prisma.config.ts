import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { CatalogSafeClient } from "./lib/db/pg-catalog-safe-client";
import { databaseUrl, providerOf, sqliteFileUrl } from "./lib/db/database-url";

const url = databaseUrl();
const provider = providerOf(url);

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: `prisma/${provider}`,
  migrations: { path: `prisma/${provider}/migrations` },
  adapter: async () =>
    provider === "postgres"
      ? // The CLI reads pg_catalog columns of type `name`/`"char"` that adapter-pg 6.19 cannot map (prisma/orm#27403).
        new PrismaPg({ connectionString: url, Client: CatalogSafeClient } as PoolConfig)
      : new PrismaBetterSQLite3({ url: sqliteFileUrl(url) }),
});
