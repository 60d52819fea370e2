import { resolveSettings } from "@/lib/settings/endpoint-settings";
import type { TRuntime } from "@/lib/runtime/runtime";
import { LEASE_LOST, type TJobRow } from "@/lib/run-store/types";
import { newId } from "@/lib/ids";
import { logError } from "@/lib/log";
import { answerColumns, executeRun, requestLogRow } from "@/lib/runs/execute-run";
import { runEvents } from "@/lib/webhooks/run-events";
import { retryDelayMs } from "./backoff";
import { readJobRequest } from "./job-request";
import { finalFailure } from "./retry-policy";

export const DEFAULT_RETRY_BASE_MS = 2_000;

/** When a failed job runs again, or null when it has used its attempts. */
const nextAttemptAt = (job: TJobRow, baseMs: number) =>
  job.attempts < job.maxAttempts ? Date.now() + retryDelayMs(job.attempts, baseMs) : null;

export type TWorkerOptions = { concurrency: number; pollMs: number };

/**
 * Runs queued background jobs. Every server process has one; jobs are claimed with a lease, so several processes
 * on one PostgreSQL database share the queue, and a job whose worker died is taken again once its lease expires.
 */
export class QueueWorker {
  readonly id = newId("wrk");
  private active = 0;
  private running = false;
  private timer?: NodeJS.Timeout;
  private wakeUp?: () => void;

  constructor(
    private readonly runtime: TRuntime,
    private readonly options: TWorkerOptions = { concurrency: 4, pollMs: 500 },
  ) {}

  /** A lease outlives the longest run a job can make, so only a dead worker's job is ever taken over. */
  private get leaseMs() {
    return this.runtime.config.HOOKSTACK_RUN_TIMEOUT_MS + 5_000;
  }

  start() {
    if (this.running) return;
    this.running = true;
    void this.loop();
  }

  async stop() {
    this.running = false;
    this.wake();
    while (this.active > 0) await new Promise((r) => setTimeout(r, 20));
  }

  wake() {
    this.wakeUp?.();
  }

  private async loop() {
    while (this.running) {
      try {
        while (this.running && this.active < this.options.concurrency) {
          const job = await this.runtime.store.claimJob(this.id, Date.now(), this.leaseMs);
          if (!job) break;
          this.active++;
          void this.process(job).finally(() => {
            this.active--;
            this.wake();
          });
        }
      } catch (err) {
        logError("queue worker could not claim a job", err);
      }
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        this.timer = setTimeout(resolve, this.options.pollMs);
      });
      clearTimeout(this.timer);
    }
  }

  private async process(job: TJobRow) {
    const { store, config } = this.runtime;
    try {
      const head = await store.endpointHead(job.endpointId);
      const { settings, limits } = resolveSettings(head?.settings ?? "{}", config);
      const plan = head && (await this.runtime.plans.get(store, job.versionId, limits.expression));
      if (!head || !plan) throw new Error("the endpoint or its version no longer exists");
      const run = await executeRun({
        runtime: this.runtime,
        workspaceId: head.workspaceId,
        workspaceRevision: head.workspaceRevision,
        endpointId: job.endpointId,
        versionId: job.versionId,
        plan,
        ...readJobRequest(job.request),
        limits,
        source: "live",
        persistence: { kind: "job", jobId: job.id, workerId: this.id, attempts: job.attempts },
      });
      if (run.committed || run.result.error?.message === LEASE_LOST) return;
      // A failure no retry can change (a bad signature, a body that does not parse) is final at once.
      const final = finalFailure({
        status: run.wire.status,
        error: run.result.error,
        trace: () => run.result.trace,
        retryOn: settings.retryOn,
      });
      const retryAt = final ? null : nextAttemptAt(job, settings.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_MS);
      await store.failJob({
        jobId: job.id,
        log: {
          ...run.log,
          state: retryAt === null ? "failed" : "retrying",
          ...(final && { error: JSON.stringify({ ...run.result.error, final }) }),
        },
        retryAt,
        error: run.result.error?.message ?? "failed",
        // The last failed attempt announces the failure (earlier ones will be retried).
        events:
          retryAt === null
            ? runEvents({
                workspaceId: head.workspaceId,
                endpointId: job.endpointId,
                requestId: job.id,
                result: run.result,
                status: run.wire.status,
                isLive: true,
              })
            : undefined,
      });
    } catch (err) {
      const errorId = logError(`background job ${job.id} failed`, err);
      await store
        .failJob({
          jobId: job.id,
          log: this.failedLog(job, `internal error (errorId ${errorId})`),
          retryAt: nextAttemptAt(job, DEFAULT_RETRY_BASE_MS),
          error: `internal error (errorId ${errorId})`,
        })
        .catch((e) => logError(`could not record the failure of job ${job.id}`, e));
    }
  }

  private failedLog(job: TJobRow, message: string) {
    const row = requestLogRow({
      id: job.id,
      endpointId: job.endpointId,
      workspaceId: job.workspaceId,
      versionId: job.versionId,
      source: "live",
      request: JSON.parse(job.request),
      historyBytes: 0,
      secrets: [],
    });
    const wire = { status: 500, headers: {}, body: JSON.stringify({ error: message, requestId: job.id }) };
    return {
      ...row,
      ...answerColumns(wire),
      error: JSON.stringify({ message }),
      state: "failed" as const,
      attempts: job.attempts,
    };
  }
}
