import { z } from "zod";
import type { TServerConfig } from "@/lib/config";
import type { TRunLimits } from "@/lib/engine/types";
import { DEFAULT_EXPRESSION_LIMITS } from "@/lib/expressions/limits";

/** Per-endpoint settings; limits apply under the server's maxima (a setting can lower a limit, never raise it). */
export const HTTP_METHODS = ["POST", "GET", "PUT", "PATCH", "DELETE"] as const;

export const ZEndpointSettings = z.object({
  /** Methods the public URL accepts (POST by default; GET for handshakes such as Meta's hub.challenge). */
  allowedMethods: z.array(z.enum(HTTP_METHODS)).min(1).optional(),
  /** `background`: store the request, answer at once, run the stack in a worker with retries. */
  mode: z.enum(["direct", "background"]).optional(),
  /** What a background endpoint answers straight away. */
  acceptedResponse: z.object({ status: z.number().int().min(200).max(299), body: z.unknown().optional() }).optional(),
  /** Attempts a failing background run gets, retried with exponential backoff. */
  maxAttempts: z.number().int().min(1).max(20).optional(),
  retryBaseDelayMs: z.number().int().min(100).max(3_600_000).optional(),
  /**
   * Which failed background runs are retried: `transient` (default) skips failures the same request can never pass
   * (signature, token, parse, a 4xx the stack chose: lib/queue/retry-policy.ts); `any` retries them too.
   */
  retryOn: z.enum(["transient", "any"]).optional(),
  /** At most `limit` requests per `windowSeconds`; more get 429 with Retry-After. */
  rateLimit: z
    .object({ limit: z.number().int().min(1).max(1_000_000), windowSeconds: z.number().int().min(1).max(86_400) })
    .optional(),
  maxBodyBytes: z.number().int().min(1).optional(),
  maxSteps: z.number().int().min(1).optional(),
  maxIterations: z.number().int().min(1).optional(),
  runTimeoutMs: z.number().int().min(100).optional(),
  expressionTimeoutMs: z.number().int().min(10).optional(),
  /** Request history older than this many days is deleted (default HOOKSTACK_RETENTION_DAYS). */
  retentionDays: z.number().int().min(1).max(36_500).optional(),
  /** Only the newest this many history entries are kept (default HOOKSTACK_RETENTION_COUNT). */
  retentionCount: z.number().int().min(1).max(10_000_000).optional(),
});

export type TEndpointSettings = z.infer<typeof ZEndpointSettings>;

export function parseSettings(text: string): TEndpointSettings {
  const parsed = ZEndpointSettings.safeParse(JSON.parse(text || "{}"));
  return parsed.success ? parsed.data : {};
}

const under = (value: number | undefined, max: number) => Math.min(value ?? max, max);

export function effectiveLimits(settings: TEndpointSettings, config: TServerConfig): TRunLimits {
  return {
    maxSteps: under(settings.maxSteps, config.HOOKSTACK_MAX_STEPS),
    maxIterations: under(settings.maxIterations, config.HOOKSTACK_MAX_ITERATIONS),
    runTimeoutMs: under(settings.runTimeoutMs, config.HOOKSTACK_RUN_TIMEOUT_MS),
    maxResponseBytes: config.HOOKSTACK_MAX_RESPONSE_BYTES,
    maxJsonDepth: config.HOOKSTACK_MAX_JSON_DEPTH,
    expression: {
      timeoutMs: under(settings.expressionTimeoutMs, config.HOOKSTACK_EXPRESSION_TIMEOUT_MS),
      maxDepth: DEFAULT_EXPRESSION_LIMITS.maxDepth,
      maxSequence: DEFAULT_EXPRESSION_LIMITS.maxSequence,
    },
  };
}

export function effectiveMaxBodyBytes(settings: TEndpointSettings, config: TServerConfig): number {
  return under(settings.maxBodyBytes, config.HOOKSTACK_MAX_BODY_BYTES);
}

export type TResolvedSettings = { settings: TEndpointSettings; limits: TRunLimits; maxBodyBytes: number };

const resolved = new Map<string, TResolvedSettings>();

/** Settings text → parsed settings and limits, memoised: the public URL reads them on every request. */
export function resolveSettings(text: string, config: TServerConfig): TResolvedSettings {
  const hit = resolved.get(text);
  if (hit) return hit;
  const settings = parseSettings(text);
  const out = {
    settings,
    limits: effectiveLimits(settings, config),
    maxBodyBytes: effectiveMaxBodyBytes(settings, config),
  };
  if (resolved.size > 1000) resolved.clear();
  resolved.set(text, out);
  return out;
}
