import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/lib/db/database-url";
import { parseAllowlist } from "@/lib/http/allowlist";
import { LIMIT_DEFAULTS } from "@/lib/limits";

const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);

/** Process configuration, read and checked once at start (README "Configuration" lists every variable). */
export const ZServerConfig = z.object({
  /** 0 lets the system pick a free port (the test harness does; the log line names it). */
  PORT: int(3000, 0, 65_535),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  /** Origin people see in URLs and that URL-signing providers sign, e.g. https://hooks.example.com. */
  HOOKSTACK_PUBLIC_URL: z.url().optional(),
  /** Trust X-Forwarded-Proto/Host/For from a reverse proxy in front of Hookstack. */
  HOOKSTACK_TRUST_PROXY: z.stringbool().default(false),
  /**
   * With HOOKSTACK_TRUST_PROXY: how many proxies in front append to X-Forwarded-For. The client is the address that
   * many entries from the right (1: the one nginx appended), so an address a client wrote itself is never taken.
   */
  HOOKSTACK_PROXY_HOPS: int(1, 1, 10),
  /** redis:// URL: endpoint and sign-in rate limits are counted there (else in PostgreSQL, or in memory on SQLite). */
  HOOKSTACK_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  HOOKSTACK_MAX_BODY_BYTES: int(LIMIT_DEFAULTS.maxBodyBytes, 1024, 100 * 1024 * 1024),
  HOOKSTACK_HISTORY_BODY_BYTES: int(LIMIT_DEFAULTS.historyBodyBytes, 0, 10 * 1024 * 1024),
  HOOKSTACK_MAX_STEPS: int(LIMIT_DEFAULTS.maxSteps, 1, 1_000_000),
  HOOKSTACK_MAX_ITERATIONS: int(LIMIT_DEFAULTS.maxIterations, 1, 1_000_000),
  HOOKSTACK_RUN_TIMEOUT_MS: int(LIMIT_DEFAULTS.runTimeoutMs, 100, 600_000),
  HOOKSTACK_EXPRESSION_TIMEOUT_MS: int(LIMIT_DEFAULTS.expressionTimeoutMs, 10, 60_000),
  HOOKSTACK_MAX_RESPONSE_BYTES: int(LIMIT_DEFAULTS.maxResponseBytes, 1024, 100 * 1024 * 1024),
  HOOKSTACK_MAX_JSON_DEPTH: int(LIMIT_DEFAULTS.maxJsonDepth, 2, 1000),
  /** Worker threads that run stacks needing the full JSONata evaluator, one run each at a time (lib/runs/isolation/). */
  HOOKSTACK_RUN_WORKERS: int(2, 1, 64),
  /** Runs waiting for a worker beyond this many are refused with 503 + Retry-After. */
  HOOKSTACK_RUN_QUEUE: int(100, 0, 100_000),
  /** CPU time one isolated run may use before its worker is stopped (the run ends with 500). */
  HOOKSTACK_RUN_CPU_MS: int(5_000, 50, 600_000),
  /** Heap one run's worker may use before it is stopped (the run ends with 500). */
  HOOKSTACK_RUN_MEMORY_MB: int(128, 16, 16_384),
  /** Characters of trace the history keeps per request; larger values are replaced by a marker. */
  HOOKSTACK_HISTORY_TRACE_CHARS: int(1024 * 1024, 1024, 100 * 1024 * 1024),
  /** On SIGTERM/SIGINT: how long in-flight requests may take to finish before the process exits anyway. */
  HOOKSTACK_SHUTDOWN_GRACE_MS: int(10_000, 0, 600_000),
  /** SQLite durability: FULL (default) survives power loss once a request is answered; NORMAL is faster, may lose the last commits. */
  /** PostgreSQL: connections the hot path's pool opens (per instance; runs' commits are batched over them). */
  HOOKSTACK_PG_POOL_SIZE: int(10, 2, 200),
  HOOKSTACK_SQLITE_SYNCHRONOUS: z.enum(["FULL", "NORMAL"]).default("FULL"),
  /** Request history kept per endpoint: entries older than this many days are deleted (an endpoint may set fewer or more). */
  HOOKSTACK_RETENTION_DAYS: int(LIMIT_DEFAULTS.retentionDays, 1, 36_500),
  /** Request history kept per endpoint: only the newest this many entries (an endpoint may set fewer or more). */
  HOOKSTACK_RETENTION_COUNT: int(LIMIT_DEFAULTS.retentionCount, 1, 10_000_000),
  /** Delivered and failed webhook deliveries (with their attempts and events) older than this many days are deleted. */
  HOOKSTACK_WEBHOOK_RETENTION_DAYS: int(LIMIT_DEFAULTS.webhookRetentionDays, 1, 36_500),
  /** How often the retention sweeper runs (lib/history/start-retention-sweeper.ts). */
  HOOKSTACK_RETENTION_SWEEP_MS: int(10 * 60_000, 1_000, 24 * 3_600_000),
  /** Time a webhook receiver has to answer a delivery (the guide's 15 s); a delivery's lease is this plus 5 s. */
  HOOKSTACK_WEBHOOK_TIMEOUT_MS: int(15_000, 100, 120_000),
  /**
   * Destinations `externalRequest` may call although they are private, loopback, link-local or cloud metadata:
   * comma-separated hostnames (`*.corp.example` for subdomains), IP addresses and CIDR ranges
   * (e.g. "127.0.0.1,10.20.0.0/16,billing.internal"). Empty: public addresses only. lib/http/allowlist.ts.
   */
  HOOKSTACK_OUTBOUND_ALLOWLIST: z
    .string()
    .default("")
    .superRefine((value, ctx) => {
      try {
        parseAllowlist(value);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
      }
    }),
});

export type TServerConfig = z.infer<typeof ZServerConfig>;

const KEY = Symbol.for("hookstack.config");
type Holder = { [KEY]?: TServerConfig };

export function serverConfig(env: NodeJS.ProcessEnv = process.env): TServerConfig {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];
  const parsed = ZServerConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`invalid configuration:\n${lines}`);
  }
  holder[KEY] = parsed.data;
  return parsed.data;
}
