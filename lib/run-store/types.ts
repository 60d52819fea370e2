import type { TPendingRecord } from "@/lib/engine/types";
import type { TEventBatch } from "@/lib/webhooks/fan-out";
import type { TDeliveryClaim } from "@/lib/webhooks/delivery/claim-sql";
import type { TDeliveryStore } from "@/lib/webhooks/delivery/delivery-store";
import type { TRecordReader } from "@/lib/records/types";

export type TEndpointHead = {
  id: string;
  workspaceId: string;
  enabled: boolean;
  publishedVersionId: string | null;
  settings: string;
  workspaceRevision: number;
};

export type TLogState = "queued" | "running" | "retrying" | "succeeded" | "failed";

/** One request-history row, as the hot path writes it. */
export type TRequestLogRow = {
  id: string;
  endpointId: string;
  /** The endpoint's workspace (the dashboard's index leads with it). */
  workspaceId: string;
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
  state: TLogState;
  attempts: number;
  /** Background requests: the status the caller got at once (`status` is then the run's own); null for direct runs. */
  acceptedStatus: number | null;
};

/** Everything one finished run writes, in one transaction. */
export type TRunCommit = {
  log: TRequestLogRow;
  /** `insert` for direct runs; `update` for background runs, whose row was written when the request was queued. */
  logMode: "insert" | "update";
  records: TPendingRecord[];
  /** Dedupe keys this run claimed: marked done with the run's answer. */
  dedupe?: { keys: string[]; response: string };
  /** The background job this run was: marked done, if the worker still holds its lease (else nothing is written). */
  job?: { id: string; workerId: string };
  /** Outbound-webhook events the run emitted, written with a delivery per matching subscription. */
  events?: TEventBatch;
};

/**
 * `deliveries`: outbound-webhook deliveries the commit queued (the delivery worker is woken only then).
 * `retry`: refused because other runs changed the same records or unique values first; running again may succeed.
 */
export type TCommitResult = { ok: true; deliveries: number } | { ok: false; message: string; retry?: boolean };

export type TDedupeRow = {
  requestId: string;
  status: "pending" | "done";
  response: string | null;
  /** When the holder claimed it (ms). */ createdAt: number;
};

export type TDedupeClaim = {
  endpointId: string;
  key: string;
  requestId: string;
  now: number;
  expiresAt: number;
  /** A pending claim older than this belongs to a run that died: it may be taken over. */
  staleBefore: number;
};

export type TJobRow = {
  id: string;
  endpointId: string;
  workspaceId: string;
  versionId: string;
  request: string;
  attempts: number;
  maxAttempts: number;
};

export type TJobInsert = TJobRow & { runAt: number };

export type TJobFailure = {
  jobId: string;
  log: TRequestLogRow;
  retryAt: number | null;
  error: string;
  events?: TEventBatch;
};

/** One raw statement with its parameters, in the store's own dialect. */
export type TStatement = { sql: string; params: unknown[] };

/**
 * The queries the public URL and the background worker need, as prepared statements on the raw driver: the hot
 * path cannot afford an ORM round trip per query. Everything else goes through Prisma.
 */
export type TRunStore = {
  /** Creates a workspace if it does not exist (the default one, at start). */
  ensureWorkspace(id: string, name: string): Promise<void>;
  endpointHead(endpointId: string): Promise<TEndpointHead | undefined>;
  versionGraph(versionId: string): Promise<string | undefined>;
  envVars(workspaceId: string): Promise<{ name: string; value: string }[]>;
  tables(workspaceId: string): Promise<{ id: string; name: string; fields: string }[]>;
  isUniqueValueTaken(tableId: string, field: string, value: string): Promise<boolean>;
  /** Reads of committed records (getRecord, queryRecords, and the record an update or delete is based on). */
  records: TRecordReader;
  /**
   * Writes a run's record changes, history row and bookkeeping in one transaction; on a unique conflict, a record
   * changed meanwhile or a lost job lease, nothing.
   */
  commitRun(commit: TRunCommit): Promise<TCommitResult>;
  insertLog(log: TRequestLogRow): Promise<void>;

  /** Claims a key atomically: `claimed`, or the row of the delivery that holds it. */
  claimDedupeKey(claim: TDedupeClaim): Promise<"claimed" | TDedupeRow>;
  getDedupeKey(endpointId: string, key: string, now: number): Promise<TDedupeRow | undefined>;
  releaseDedupeKeys(endpointId: string, keys: string[], requestId: string): Promise<void>;

  /** Stores a request and its background job in one transaction, before the caller gets its answer. */
  enqueueJob(log: TRequestLogRow, job: TJobInsert): Promise<void>;
  /** Takes the next due job (queued, retrying, or leased by a worker that died) and leases it to `workerId`. */
  claimJob(workerId: string, now: number, leaseMs: number): Promise<TJobRow | undefined>;
  /** Records a failed attempt: retried at `retryAt`, or failed for good when null. */
  failJob(failure: TJobFailure): Promise<void>;
  /** Puts a finished job back in the queue (a person's manual retry). */
  retryJob(jobId: string, now: number): Promise<boolean>;
  setLogState(logId: string, state: TLogState, attempts: number): Promise<void>;
  /** Runs statements in one transaction on the store's connection (the dashboard's rollup: lib/run-stats/). */
  writeStatements(statements: TStatement[]): Promise<void>;
  /** The delivery worker's reads and writes (one query to load a delivery, one transaction to record an attempt). */
  deliveries: TDeliveryStore;
  /** Leases due outbound-webhook deliveries to a delivery worker (the statement of lib/webhooks/delivery/claim-deliveries.ts). */
  claimDeliveries(claim: TDeliveryClaim): Promise<string[]>;
  close(): Promise<void>;
};

/** Every field of a request-history row the hot path writes, in column order: the one list SQL is derived from. */
export const LOG_FIELDS = [
  "id",
  "endpointId",
  "workspaceId",
  "versionId",
  "source",
  "method",
  "path",
  "query",
  "headers",
  "ip",
  "body",
  "bodySize",
  "bodyTruncated",
  "receivedAt",
  "status",
  "responseHeaders",
  "responseBody",
  "trace",
  "durationMs",
  "error",
  "state",
  "attempts",
  "acceptedStatus",
] as const satisfies readonly (keyof TRequestLogRow)[];

/** Fields a finished background run rewrites on its queued row. */
export const LOG_RESULT_FIELDS = [
  "status",
  "responseHeaders",
  "responseBody",
  "trace",
  "durationMs",
  "error",
  "state",
  "attempts",
] as const satisfies readonly (typeof LOG_FIELDS)[number][];

// A field added to TRequestLogRow but not to LOG_FIELDS would never be written: make that a type error.
const everyFieldListed: Exclude<keyof TRequestLogRow, (typeof LOG_FIELDS)[number]> extends never ? true : never = true;
void everyFieldListed;

/** `endpointId` → `endpoint_id`: the tables' columns are the fields in snake case (prisma/models.prisma @map). */
const columnOf = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const LOG_COLUMNS = LOG_FIELDS.map(columnOf);
export const LOG_RESULT_COLUMNS = LOG_RESULT_FIELDS.map(columnOf);

export function logValues(log: TRequestLogRow): unknown[] {
  return LOG_FIELDS.map((field) => log[field]);
}

export function logResultValues(log: TRequestLogRow): unknown[] {
  return LOG_RESULT_FIELDS.map((field) => log[field]);
}

/** Thrown inside a run's transaction when its job's lease was taken over: the transaction rolls back. */
export class LeaseLost extends Error {}

export const LEASE_LOST = "the background job was taken over by another worker; its result was discarded";

export function uniqueConflictMessage(records: TPendingRecord[]): string {
  const tables = [...new Set(records.map((r) => r.table))].join(", ");
  return `a unique field of ${tables} already holds this value (stored by another request meanwhile); no records were stored`;
}
