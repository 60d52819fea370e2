import { logError } from "@/lib/log";
import type { TRunStore } from "@/lib/run-store/types";
import { RunStatsBuffer, type TStatBatch } from "./run-stats-buffer";

export type RunStatsOptions = {
  write(batch: TStatBatch): Promise<void>;
  /** How often the buffered figures are written (the dashboard lags the history by at most this). */
  intervalMs: number;
};

/**
 * The run store, with every run it finishes (committed, failed for good, or answered without a run) added to the
 * dashboard's rollup: buffered in memory and written every `intervalMs`, and on close. A crash loses at most the
 * last interval's figures, never a history row; a write that fails is tried again with the next one.
 */
export function withRunStats(store: TRunStore, o: RunStatsOptions): TRunStore {
  const buffer = new RunStatsBuffer();
  let writing: Promise<void> | undefined;
  const flush = async () => {
    await writing;
    if (buffer.isEmpty) return;
    const batch = buffer.drain();
    writing = o.write(batch).catch((err) => {
      buffer.restore(batch);
      logError("writing the dashboard's figures failed (kept for the next try)", err);
    });
    await writing;
    writing = undefined;
  };
  const timer = setInterval(() => void flush(), o.intervalMs);
  timer.unref();

  return {
    ...store,
    async commitRun(commit) {
      const result = await store.commitRun(commit);
      if (result.ok) buffer.add(commit.log);
      return result;
    },
    async insertLog(log) {
      await store.insertLog(log);
      buffer.add(log);
    },
    async failJob(failure) {
      await store.failJob(failure);
      buffer.add(failure.log);
    },
    async close() {
      clearInterval(timer);
      await flush();
      await store.close();
    },
  };
}
