import type { TServerConfig } from "@/lib/config";
import type { TEndpointSettings } from "@/lib/endpoints/settings";

export const DAY_MS = 24 * 3_600_000;

/** States of a request still being worked on: the sweeper never deletes these. */
export const ACTIVE_STATES = ["queued", "running", "retrying"] as const;

export type TRetentionPolicy = {
  /** Entries received before this time (epoch ms) are deleted. */
  olderThan: number;
  /** Entries beyond the newest `keep` are deleted. */
  keep: number;
};

/** An endpoint's history retention: its own `retentionDays` / `retentionCount`, else the server's defaults. */
export function retentionPolicy(
  settings: Pick<TEndpointSettings, "retentionDays" | "retentionCount">,
  config: Pick<TServerConfig, "HOOKSTACK_RETENTION_DAYS" | "HOOKSTACK_RETENTION_COUNT">,
  now: number,
): TRetentionPolicy {
  const days = settings.retentionDays ?? config.HOOKSTACK_RETENTION_DAYS;
  return { olderThan: now - days * DAY_MS, keep: settings.retentionCount ?? config.HOOKSTACK_RETENTION_COUNT };
}
