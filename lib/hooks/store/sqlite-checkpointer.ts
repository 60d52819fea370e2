import { Worker } from "node:worker_threads";

// Plain CommonJS so the worker needs no TypeScript loader.
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file);
db.pragma("busy_timeout = 5000");
setInterval(() => {
  try { db.pragma("wal_checkpoint(PASSIVE)"); } catch { /* busy: the next tick tries again */ }
}, workerData.intervalMs);
`;

/**
 * Copies the WAL back into the database file on another thread, every `intervalMs`. Without it SQLite checkpoints
 * inside whichever request's commit crosses the threshold — megabytes of copying and two fsyncs in one request's
 * latency. PASSIVE never blocks writers. Once a second rather than more often: the pages every commit touches (the
 * tables' last leaves, the indexes) are copied once per checkpoint: half the thread's work of checkpointing every 250 ms.
 * The hot-path connection keeps a high auto-checkpoint as a backstop.
 */
export function startSqliteCheckpointer(file: string, intervalMs = 1000): { stop(): Promise<number> } {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, intervalMs } });
  worker.unref();
  return { stop: () => worker.terminate() };
}
