/**
 * Prints a new API key, and nothing else, on stdout (for scripts and CI):
 *   npm run -s apikey -- [--workspace NAME [--create]] --scopes LIST|all
 * Without --workspace: the first workspace. --create makes the workspace when none has that name.
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { parseScopes } from "@/lib/access/scopes";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { findWorkspaceForKey } from "@/lib/api-keys/find-workspace-for-key";
import { databaseUrl, providerOf, sqlitePath } from "@/lib/db/database-url";
import { migrationsDir, sqliteMigrationsApplied } from "@/lib/db/sqlite-migrations-applied";

const USAGE = "usage: npm run -s apikey -- [--workspace NAME [--create]] --scopes LIST|all [--name KEY_NAME]";

try {
  const { values } = parseArgs({
    options: {
      workspace: { type: "string" },
      create: { type: "boolean", default: false },
      scopes: { type: "string" },
      name: { type: "string" },
    },
    strict: true,
  });
  if (!values.scopes) throw new Error(`--scopes is required\n${USAGE}`);
  if (values.create && !values.workspace) throw new Error(`--create needs --workspace NAME\n${USAGE}`);
  const scopes = parseScopes(values.scopes);
  // A fresh clone may have no database yet: migrate as `npm start` does, keeping stdout for the key alone. A SQLite
  // file already migrated is left alone: Prisma cannot open it while the server runs (the usual case here).
  const url = databaseUrl();
  const upToDate =
    providerOf(url) === "sqlite" && sqliteMigrationsApplied(sqlitePath(url), migrationsDir(process.cwd(), "sqlite"));
  if (!upToDate) execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", 2, 2] });
  const workspaceId = await findWorkspaceForKey({ name: values.workspace, create: values.create });
  const { key } = await createApiKey({ workspaceId, name: values.name ?? "command line", scopes });
  process.stdout.write(key + "\n");
  process.exit(0);
} catch (err) {
  process.stderr.write(`apikey: ${(err as Error).message}\n`);
  process.exit(1);
}
