import { describe } from "vitest";
import { postgresAvailable } from "./postgres";

export type TProvider = "sqlite" | "postgres";

const hasPostgres = await postgresAvailable();
if (!hasPostgres) {
  console.warn(
    "\n!!! PostgreSQL is not reachable: the PostgreSQL variants of the integration suites DID NOT RUN !!!\n",
  );
}

/** Runs a suite once per database provider: SQLite always, PostgreSQL whenever a server answers (always in CI). */
export function describeEachProvider(name: string, fn: (provider: TProvider) => void) {
  describe(`${name} [sqlite]`, () => fn("sqlite"));
  const label = hasPostgres ? `${name} [postgres]` : `${name} [postgres] (skipped: no PostgreSQL server answered)`;
  describe.skipIf(!hasPostgres)(label, () => fn("postgres"));
}
