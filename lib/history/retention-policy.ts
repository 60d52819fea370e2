import type { TServerConfig } from "@/lib/config";
import type { TEndpointSettings } from "@/lib/settings/endpoint-settings";

export const DAY_MS = 24 * 3_600_000;

/** States of a request still being worked on: the sweeper never deletes these. */
export const ACTIVE_STATES = ["queued", "running", "retrying"] as const;

export type TRetentionPolicy = {
  /** Entries received before this time (epoch ms) are deleted. */
  olderThan: number;
  /** Entries beyond the newest `keep` are deleted. */
  keep: number;
};

export type TRetention = { days: number; count: number };

type TRetentionSettings = Pick<TEndpointSettings, "retentionDays" | "retentionCount">;
type TRetentionConfig = Pick<TServerConfig, "HOOKSTACK_RETENTION_DAYS" | "HOOKSTACK_RETENTION_COUNT">;

/** An endpoint's history retention: its own `retentionDays` / `retentionCount`, else the server's defaults. */
export function retentionOf(settings: TRetentionSettings, config: TRetentionConfig): TRetention {
  return {
    days: settings.retentionDays ?? config.HOOKSTACK_RETENTION_DAYS,
    count: settings.retentionCount ?? config.HOOKSTACK_RETENTION_COUNT,
  };
}

/** The retention as what the sweeper deletes at `now`. */
export function retentionPolicy(settings: TRetentionSettings, config: TRetentionConfig, now: number): TRetentionPolicy {
  const { days, count } = retentionOf(settings, config);
  return { olderThan: now - days * DAY_MS, keep: count };
}
