import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
/** A process that ran this long before dying is restarted promptly again; a crash loop backs off. */
const HEALTHY_AFTER_MS = 60_000;

/**
 * `npm start`'s top process: runs the public process (server/main-process.ts, which runs the UI process) and starts it
 * again whenever it dies unexpectedly. SIGTERM and SIGINT are passed on, and this process exits when the child has
 * stopped, with its exit code. The child watches the IPC channel, so even a SIGKILL here leaves no orphan.
 */
export function supervise(o: { dev: boolean }): void {
  let child: ChildProcess | undefined;
  let stopping = false;
  let delay = FIRST_DELAY_MS;

  const start = () => {
    const startedAt = Date.now();
    child = fork(path.join(import.meta.dirname, "main-process.ts"), o.dev ? ["--dev"] : [], {
      execArgv: ["--import", "tsx"],
      stdio: "inherit",
      env: process.env,
    });
    child.once("exit", (code, signal) => {
      if (stopping) return process.exit(code ?? 0);
      if (Date.now() - startedAt > HEALTHY_AFTER_MS) delay = FIRST_DELAY_MS;
      console.error(
        `Hookstack's server stopped (exit code ${code}, signal ${signal}); starting it again in ${delay} ms`,
      );
      setTimeout(start, delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    });
  };

  const forward = (signal: NodeJS.Signals) => {
    stopping = true;
    if (!child || child.exitCode !== null || child.signalCode !== null) return process.exit(0);
    child.kill(signal);
  };
  process.on("SIGTERM", () => forward("SIGTERM"));
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGHUP", () => forward("SIGTERM"));
  // SIGTERM to `npm start` reaches npm's shell, not this process: when the shell dies, this process is re-parented,
  // and stops as if it had been sent SIGTERM, instead of running on as an orphan that holds the port.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && !stopping && forward("SIGTERM"), 500).unref();
  start();
}
