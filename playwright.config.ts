import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { OWNER_STATE } from "./e2e/access-files";

/**
 * End-to-end tests in Chromium against the production build (`npx next build` first), served by server.ts on a
 * fresh SQLite database. The browser: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
 */
// E2E_PORT lets two runs share a machine (each gets its own server and database file).
const PORT = Number(process.env.E2E_PORT || 3100);
const HOST = "127.0.0.1";
const DB_FILE = PORT === 3100 ? "e2e/.data/e2e.db" : `e2e/.data/e2e-${PORT}.db`;
/** E2E_DATABASE_URL (e.g. a fresh postgresql:// database) replaces the SQLite file. */
const DATABASE_URL = process.env.E2E_DATABASE_URL || `file:./${DB_FILE}`;
const executablePath = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  outputDir: "e2e/artifacts/test-results",
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 7_500 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { outputFolder: "e2e/artifacts/report", open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://${HOST}:${PORT}`,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: "light",
    acceptDownloads: true,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // "setup" sets Hookstack up through its setup page (the first start) and leaves the owner's session for the rest.
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], use: { storageState: OWNER_STATE } },
  ],
  webServer: {
    // A fresh database every run: the first spec starts from an empty one.
    command: `rm -f ${DB_FILE} ${DB_FILE}-journal ${DB_FILE}-wal ${DB_FILE}-shm && mkdir -p e2e/.data && npx prisma migrate deploy && exec node --import tsx tests/support/serve.ts`,
    url: `http://${HOST}:${PORT}/endpoints`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL,
      PORT: String(PORT),
      HOST,
      HOOKSTACK_KEY_FILE: `e2e/.data/secret-${PORT}.key`,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      // The webhooks spec's local receiver listens on PORT + 1000: only that loopback port is reachable.
      HOOKSTACK_OUTBOUND_ALLOWLIST: `127.0.0.1:${PORT + 1000}`,
    },
  },
});
