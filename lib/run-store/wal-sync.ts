import { closeSync, fdatasync, openSync } from "node:fs";

/**
 * Makes committed WAL frames durable without blocking the event loop. SQLite's `synchronous = FULL` would fsync
 * the WAL inside every commit, on the thread that serves requests (~1–3 ms here, during which nothing else runs).
 * Instead commits run at NORMAL (written to the OS, not yet to the disk) and each caller awaits `flush()` before it
 * answers: an fdatasync of the WAL file on libuv's thread pool. Flushes coalesce: callers that commit while one is
 * running share the next one, so under load one sync covers many requests. What was answered is on disk.
 */
export function walSyncer(walFile: string) {
  let fd: number | undefined;
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;

  const syncNow = () =>
    new Promise<void>((resolve, reject) => {
      fd ??= openSync(walFile, "r");
      fdatasync(fd, (err) => (err ? reject(err) : resolve()));
    });

  const flush = (): Promise<void> => {
    if (!running) {
      running = syncNow().finally(() => (running = undefined));
      return running;
    }
    // A sync already running may have started before this caller's commit: wait for the one after it.
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return flush();
      });
    return next;
  };

  return {
    flush,
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
