import type { TRequestLogRow } from "@/lib/run-store/types";
import { BUCKET_COUNT, bucketOf } from "./duration-buckets";

/** The rollup's steps: one per chart (minutes for the hour, quarter hours for the day, hours for the week). */
export const STAT_STEPS_MS = [60_000, 900_000, 3_600_000] as const;

export type TStatRow = {
  workspaceId: string;
  endpointId: string;
  stepMs: number;
  startAt: number;
  requests: number;
  errors: number;
  durationMax: number;
  histogram: number[];
};

export type TFailureRow = { id: string; workspaceId: string; endpointId: string; receivedAt: number };

export type TStatBatch = { stats: TStatRow[]; failures: TFailureRow[] };

type TFinishedRun = Pick<
  TRequestLogRow,
  "id" | "workspaceId" | "endpointId" | "receivedAt" | "status" | "state" | "durationMs"
>;

/**
 * A run counts as an error when the caller got a 4xx or 5xx or the run failed: either way the provider saw a failed
 * delivery (a refused signature is a 401 the sender will retry).
 */
export const isErrorRun = (r: { status: number | null; state: string }) =>
  r.state === "failed" || (r.status ?? 0) >= 400;

const keyOf = (workspaceId: string, endpointId: string, stepMs: number, startAt: number) =>
  `${workspaceId}\n${endpointId}\n${stepMs}\n${startAt}`;

/**
 * The dashboard's figures of the runs this process finished since the last drain, summed per endpoint and time
 * bucket, so that a thousand runs a second cost one upsert per endpoint a second. Runs are bucketed by when their
 * request arrived, as the history lists them; runs still queued or retrying count once they finish.
 */
export class RunStatsBuffer {
  private stats = new Map<string, TStatRow>();
  private failures: TFailureRow[] = [];

  add(run: TFinishedRun): void {
    if (run.state !== "succeeded" && run.state !== "failed") return;
    const error = isErrorRun(run);
    for (const stepMs of STAT_STEPS_MS) {
      const startAt = run.receivedAt - (run.receivedAt % stepMs);
      const key = keyOf(run.workspaceId, run.endpointId, stepMs, startAt);
      let row = this.stats.get(key);
      if (!row) {
        row = {
          workspaceId: run.workspaceId,
          endpointId: run.endpointId,
          stepMs,
          startAt,
          requests: 0,
          errors: 0,
          durationMax: 0,
          histogram: new Array<number>(BUCKET_COUNT).fill(0),
        };
        this.stats.set(key, row);
      }
      row.requests++;
      if (error) row.errors++;
      row.durationMax = Math.max(row.durationMax, run.durationMs);
      row.histogram[bucketOf(run.durationMs)]!++;
    }
    if (error) {
      this.failures.push({
        id: run.id,
        workspaceId: run.workspaceId,
        endpointId: run.endpointId,
        receivedAt: run.receivedAt,
      });
    }
  }

  get isEmpty(): boolean {
    return this.stats.size === 0 && this.failures.length === 0;
  }

  /** Takes everything added so far, leaving the buffer empty. */
  drain(): TStatBatch {
    const batch = { stats: [...this.stats.values()], failures: this.failures };
    this.stats = new Map();
    this.failures = [];
    return batch;
  }

  /** Puts back a batch that could not be written, to be tried with the next one. */
  restore(batch: TStatBatch): void {
    for (const row of batch.stats) {
      const key = keyOf(row.workspaceId, row.endpointId, row.stepMs, row.startAt);
      const mine = this.stats.get(key);
      if (!mine) {
        this.stats.set(key, row);
        continue;
      }
      mine.requests += row.requests;
      mine.errors += row.errors;
      mine.durationMax = Math.max(mine.durationMax, row.durationMax);
      row.histogram.forEach((n, i) => (mine.histogram[i]! += n));
    }
    this.failures.push(...batch.failures);
  }
}
