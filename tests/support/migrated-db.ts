import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPgDatabase } from "./postgres";
import type { TProvider } from "./providers";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * A fresh, migrated database for tests that call lib/ directly (no server): points DATABASE_URL and the secret key
 * file of this test process at it, so getDb() and the secret cipher use it.
 */
export async function useMigratedDatabase(provider: TProvider): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hookstack-lib-"));
  const url =
    provider === "postgres"
      ? await createPgDatabase(`hookstack_lib_${process.pid}_${Date.now()}`)
      : `file:${path.join(dir, "test.db")}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
  process.env.DATABASE_URL = url;
  process.env.HOOKSTACK_KEY_FILE = path.join(dir, "secret.key");
  return url;
}
