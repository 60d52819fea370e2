import type { TPendingRecord } from "@/lib/engine/types";

export type TEndpointHead = {
  id: string;
  workspaceId: string;
  enabled: boolean;
  publishedVersionId: string | null;
  settings: string;
  workspaceRevision: number;
};

/** One request-history row, as the hot path writes it. */
export type TRequestLogRow = {
  id: string;
  endpointId: string;
  versionId: string | null;
  source: "live" | "test" | "replay";
  method: string;
  path: string;
  query: string;
  headers: string;
  ip: string;
  body: string;
  bodySize: number;
  bodyTruncated: boolean;
  receivedAt: number;
  status: number;
  responseHeaders: string;
  responseBody: string;
  trace: string;
  durationMs: number;
  error: string | null;
};

export type TCommitResult = { ok: true } | { ok: false; message: string };

/**
 * The few queries the public URL needs, as prepared statements on the raw driver: the hot path cannot afford an
 * ORM round trip per query. Everything else goes through Prisma.
 */
export type THookStore = {
  endpointHead(endpointId: string): Promise<TEndpointHead | undefined>;
  versionGraph(versionId: string): Promise<string | undefined>;
  envVars(workspaceId: string): Promise<{ name: string; value: string }[]>;
  tables(workspaceId: string): Promise<{ id: string; name: string; fields: string }[]>;
  isUniqueValueTaken(tableId: string, field: string, value: string): Promise<boolean>;
  /** Writes a run's records and its history row in one transaction; on a unique conflict, only the row. */
  commitRun(log: TRequestLogRow, records: TPendingRecord[]): Promise<TCommitResult>;
  insertLog(log: TRequestLogRow): Promise<void>;
  close(): Promise<void>;
};

export const LOG_COLUMNS = [
  "id", "endpoint_id", "version_id", "source", "method", "path", "query", "headers", "ip", "body", "body_size",
  "body_truncated", "received_at", "status", "response_headers", "response_body", "trace", "duration_ms", "error",
] as const;

export function logValues(log: TRequestLogRow): unknown[] {
  return [
    log.id, log.endpointId, log.versionId, log.source, log.method, log.path, log.query, log.headers, log.ip, log.body,
    log.bodySize, log.bodyTruncated, log.receivedAt, log.status, log.responseHeaders, log.responseBody, log.trace,
    log.durationMs, log.error,
  ];
}

export function uniqueConflictMessage(records: TPendingRecord[], detail: string): string {
  const tables = [...new Set(records.map((r) => r.table))].join(", ");
  return `a unique field of ${tables} already holds this value (${detail}); no records were stored`;
}
