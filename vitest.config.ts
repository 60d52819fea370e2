import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (no build, no server: `npm run test:unit`) and `integration` (starts the production build
 * against SQLite and PostgreSQL: `npm run build` first, then `npm run test:integration`).
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Integration suites start servers and create databases; keep the 2-core machine from thrashing.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/architecture/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: { name: "integration", include: ["tests/**/*.test.ts"], exclude: ["tests/architecture/**"] },
      },
    ],
  },
});
