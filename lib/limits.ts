/**
 * The one table of limit defaults. The server's configuration (lib/config.ts, HOOKSTACK_* variables) starts from
 * these, the engine's and the expressions' defaults are these, and an endpoint's settings may only lower them.
 */
export const LIMIT_DEFAULTS = {
  /** Largest request body the public URL reads (413 above it). */
  maxBodyBytes: 1024 * 1024,
  /** How much of each body and answer the history keeps. */
  historyBodyBytes: 256 * 1024,
  /** Node executions per run. */
  maxSteps: 1000,
  /** Items one `forEach` may iterate over. */
  maxIterations: 1000,
  /** Wall time for a whole run. */
  runTimeoutMs: 30_000,
  /** Time one expression evaluation may take. */
  expressionTimeoutMs: 1000,
  /** Evaluation depth of one expression (stops runaway recursion). */
  expressionMaxDepth: 500,
  /** Longest sequence an expression may build (stops `[1..1e7]`). */
  expressionMaxSequence: 100_000,
  /** Bytes of an `externalRequest` answer that are read. */
  maxResponseBytes: 1024 * 1024,
  /** Nesting depth a parsed JSON body may have. */
  maxJsonDepth: 64,
  /** Request history kept per endpoint: days, and newest entries. */
  retentionDays: 30,
  retentionCount: 10_000,
  /** Outbound-webhook log kept: delivered and failed deliveries, their attempts and events, for this many days (Svix's 30). */
  webhookRetentionDays: 30,
  /** Records one `queryRecords` page may hold, and records it may skip (past that: a cursor). */
  queryRecordsLimit: 1000,
  queryRecordsOffset: 10_000,
} as const;
