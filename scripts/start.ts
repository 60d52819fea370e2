/**
 * `npm start` (and `npm run dev` with --dev): build if there is no production build, apply pending migrations,
 * then serve under a supervisor that restarts the server if it dies. The steps a fresh clone needs, in one command.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { databaseUrl, providerOf, sqliteFileUrl } from "@/lib/db/database-url";

const dev = process.argv.includes("--dev");
process.env.NEXT_TELEMETRY_DISABLED = "1";
const url = databaseUrl();
if (providerOf(url) === "sqlite") sqliteFileUrl(url); // creates data/ so SQLite can create the file

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: "inherit", env: process.env });

if (!dev && !existsSync(".next/BUILD_ID")) {
  console.log("No production build found: building (about a minute)…");
  run("npx", ["next", "build"]);
}
run("npx", ["prisma", "migrate", "deploy"]);

const { supervise } = await import("../server/supervisor");
supervise({ dev });
