import { serverConfig } from "@/lib/config";
import { logError } from "@/lib/log";
import { takeLease } from "@/lib/coordination/scheduler-lease";
import { pruneWebhookLog } from "@/lib/webhooks/prune-webhook-log";
import { getDb } from "@/lib/db/client";
import { pruneRunStats } from "@/lib/run-stats/prune-run-stats";
import { enforceRetention } from "./enforce-retention";
import { reclaimSpace } from "./reclaim-space";

export type TRetentionSweeper = {
  stop(): void;
  /** Runs one sweep now (skipped while one is running). */ sweepNow(): Promise<void>;
};

/**
 * One sweep: the request history, the dashboard's rollup, then the outbound-webhook log; freed pages go back to the
 * file system after.
 */
export async function sweepRetention(): Promise<void> {
  const { deleted } = await enforceRetention();
  const stats = await pruneRunStats(getDb());
  const pruned = await pruneWebhookLog({ retentionDays: serverConfig().HOOKSTACK_WEBHOOK_RETENTION_DAYS });
  if (deleted + stats + pruned.deliveries + pruned.events > 0) await reclaimSpace();
}

/**
 * Enforces retention (request history, outbound-webhook log) now and then every HOOKSTACK_RETENTION_SWEEP_MS. The
 * timer does not keep the process alive; a sweep that fails is logged and tried again next time. Every instance starts
 * one (server/ui-process.ts); the lease lets one of them sweep.
 */
export function startRetentionSweeper(
  o: { intervalMs?: number; sweep?: () => Promise<unknown> } = {},
): TRetentionSweeper {
  const intervalMs = o.intervalMs ?? serverConfig().HOOKSTACK_RETENTION_SWEEP_MS;
  const sweep =
    o.sweep ??
    (async () => {
      // Several instances on one database: the one holding the lease sweeps, the others skip (a lease of two
      // intervals outlives one missed tick; a dead holder's runs out and another instance takes over).
      if (await takeLease({ name: "retention-sweep", ttlMs: 2 * intervalMs })) await sweepRetention();
    });
  let running: Promise<void> | undefined;
  const sweepNow = () => {
    running ??= sweep()
      .then(() => undefined)
      .catch((err) => void logError("retention sweep failed", err))
      .finally(() => (running = undefined));
    return running;
  };
  const timer = setInterval(() => void sweepNow(), intervalMs);
  timer.unref();
  void sweepNow();
  return { stop: () => clearInterval(timer), sweepNow };
}
