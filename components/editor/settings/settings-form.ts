import { HTTP_METHODS } from "@/lib/settings/endpoint-settings";

/**
 * The Settings tab's form ↔ `settings` conversion (pure, so it is unit-tested). Inputs are kept as text; numbers are
 * only parsed here, never range-checked: the server's 400 names the field and says what it accepts.
 */
export type THttpMethod = (typeof HTTP_METHODS)[number];
export type TSizeUnit = "KB" | "MB";

export type TSettingsForm = {
  methods: THttpMethod[];
  bodySize: string;
  bodyUnit: TSizeUnit;
  isRateLimited: boolean;
  rateLimit: string;
  rateWindowSeconds: string;
  mode: "direct" | "background";
  acceptedStatus: string;
  acceptedBody: string;
  maxAttempts: string;
  /** Seconds (decimals allowed); stored as `retryBaseDelayMs`. */
  retryDelaySeconds: string;
  maxSteps: string;
  maxIterations: string;
  /** Seconds (decimals allowed); stored as `runTimeoutMs`. */
  runTimeoutSeconds: string;
  expressionTimeoutMs: string;
};

/** The settings keys this form owns; anything else in `settings` (retention) is kept as it is. */
export const FORM_KEYS = [
  "allowedMethods",
  "maxBodyBytes",
  "rateLimit",
  "mode",
  "acceptedResponse",
  "maxAttempts",
  "retryBaseDelayMs",
  "maxSteps",
  "maxIterations",
  "runTimeoutMs",
  "expressionTimeoutMs",
] as const;

export type TSettings = Record<string, unknown>;
/** Field errors by settings path without the `settings.` prefix (`rateLimit.limit`, `acceptedResponse.status`). */
export type TFieldErrors = Record<string, string[]>;

const KB = 1024;
const MB = 1024 * 1024;

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const text = (v: number | undefined) => (v === undefined ? "" : String(v));
/** 1500 ms → "1.5"; keeps what the stored value was exactly (no rounding on the way in). */
const seconds = (ms: number | undefined) => (ms === undefined ? "" : String(ms / 1000));

export function fromSettings(settings: TSettings | undefined): TSettingsForm {
  const s = settings ?? {};
  const methods = Array.isArray(s.allowedMethods) ? HTTP_METHODS.filter((m) => (s.allowedMethods as unknown[]).includes(m)) : ["POST" as const];
  const bytes = num(s.maxBodyBytes);
  const unit: TSizeUnit = bytes !== undefined && bytes % MB !== 0 ? "KB" : "MB";
  const rate = (s.rateLimit ?? undefined) as { limit?: unknown; windowSeconds?: unknown } | undefined;
  const accepted = (s.acceptedResponse ?? undefined) as { status?: unknown; body?: unknown } | undefined;
  return {
    methods: methods.length ? methods : ["POST"],
    bodySize: bytes === undefined ? "" : String(bytes / (unit === "MB" ? MB : KB)),
    bodyUnit: unit,
    isRateLimited: !!rate,
    rateLimit: text(num(rate?.limit)),
    rateWindowSeconds: rate ? text(num(rate.windowSeconds)) : "60",
    mode: s.mode === "background" ? "background" : "direct",
    acceptedStatus: text(num(accepted?.status)),
    acceptedBody: accepted && accepted.body !== undefined ? JSON.stringify(accepted.body, null, 2) : "",
    maxAttempts: text(num(s.maxAttempts)),
    retryDelaySeconds: seconds(num(s.retryBaseDelayMs)),
    maxSteps: text(num(s.maxSteps)),
    maxIterations: text(num(s.maxIterations)),
    runTimeoutSeconds: seconds(num(s.runTimeoutMs)),
    expressionTimeoutMs: text(num(s.expressionTimeoutMs)),
  };
}

/** Text → number: empty is `undefined` (the default), anything not a number is an error. */
function parse(value: string, path: string, errors: TFieldErrors, scale = 1, whole = true): number | undefined {
  const t = value.trim();
  if (t === "") return undefined;
  const n = Number(t);
  if (!Number.isFinite(n) || !/^-?\d*\.?\d+$/.test(t) || (whole && scale === 1 && !Number.isInteger(n))) {
    (errors[path] ??= []).push(whole && scale === 1 ? "Enter a whole number, or leave it empty for the default." : "Enter a number, or leave it empty for the default.");
    return undefined;
  }
  return Math.round(n * scale);
}

/**
 * The whole settings object to PATCH: `current` with the form's keys replaced (defaults left out), or the errors
 * that keep it from being sent. Out-of-range numbers go through as typed so the server's message shows.
 */
export function toSettings(form: TSettingsForm, current: TSettings | undefined): { settings: TSettings; errors: TFieldErrors } {
  const errors: TFieldErrors = {};
  const out: TSettings = {};
  for (const [k, v] of Object.entries(current ?? {})) if (!(FORM_KEYS as readonly string[]).includes(k)) out[k] = v;

  const methods = HTTP_METHODS.filter((m) => form.methods.includes(m));
  if (methods.length === 0) errors.allowedMethods = ["Allow at least one method."];
  else if (!(methods.length === 1 && methods[0] === "POST")) out.allowedMethods = methods;

  const bodyBytes = parse(form.bodySize, "maxBodyBytes", errors, form.bodyUnit === "MB" ? MB : KB, false);
  if (bodyBytes !== undefined) out.maxBodyBytes = bodyBytes;

  if (form.isRateLimited) {
    const limit = parse(form.rateLimit, "rateLimit.limit", errors);
    const windowSeconds = parse(form.rateWindowSeconds, "rateLimit.windowSeconds", errors);
    if (limit === undefined && !errors["rateLimit.limit"]) errors["rateLimit.limit"] = ["Enter how many requests are allowed."];
    if (windowSeconds === undefined && !errors["rateLimit.windowSeconds"]) errors["rateLimit.windowSeconds"] = ["Enter the window in seconds."];
    if (limit !== undefined && windowSeconds !== undefined) out.rateLimit = { limit, windowSeconds };
  }

  if (form.mode === "background") {
    out.mode = "background";
    const status = parse(form.acceptedStatus, "acceptedResponse.status", errors);
    let body: unknown = undefined;
    if (form.acceptedBody.trim()) {
      try {
        body = JSON.parse(form.acceptedBody);
      } catch {
        errors["acceptedResponse.body"] = ["The body is not valid JSON."];
      }
    }
    if (status !== undefined || body !== undefined) out.acceptedResponse = { status: status ?? 202, ...(body !== undefined ? { body } : {}) };
    const attempts = parse(form.maxAttempts, "maxAttempts", errors);
    if (attempts !== undefined) out.maxAttempts = attempts;
    const delay = parse(form.retryDelaySeconds, "retryBaseDelayMs", errors, 1000, false);
    if (delay !== undefined) out.retryBaseDelayMs = delay;
  }

  const steps = parse(form.maxSteps, "maxSteps", errors);
  if (steps !== undefined) out.maxSteps = steps;
  const iterations = parse(form.maxIterations, "maxIterations", errors);
  if (iterations !== undefined) out.maxIterations = iterations;
  const runTimeout = parse(form.runTimeoutSeconds, "runTimeoutMs", errors, 1000, false);
  if (runTimeout !== undefined) out.runTimeoutMs = runTimeout;
  const exprTimeout = parse(form.expressionTimeoutMs, "expressionTimeoutMs", errors);
  if (exprTimeout !== undefined) out.expressionTimeoutMs = exprTimeout;

  return { settings: out, errors };
}

/** A 400's `errors` → messages by settings path (`settings.rateLimit.limit` → `rateLimit.limit`). */
export function errorsByPath(errors: readonly { path?: string; message: string }[]): TFieldErrors {
  const out: TFieldErrors = {};
  for (const e of errors) {
    const path = (e.path ?? "").replace(/^settings\.?/, "");
    (out[path] ??= []).push(e.message);
  }
  return out;
}

/** The messages for a field: its own path and any deeper one (`allowedMethods.1`). */
export function errorsFor(errors: TFieldErrors, path: string): string[] {
  return Object.entries(errors).flatMap(([p, list]) => (p === path || p.startsWith(`${path}.`) ? list : []));
}

/** Messages no field on the form claims (shown above the Save button). */
export function unclaimedErrors(errors: TFieldErrors, paths: readonly string[]): string[] {
  return Object.entries(errors).flatMap(([p, list]) => (paths.some((f) => p === f || p.startsWith(`${f}.`)) ? [] : list));
}

/** Bytes as the placeholder shows them: "1 MB", "512 KB". */
export function formatBytes(bytes: number): string {
  if (bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  return `${Math.round((bytes / KB) * 10) / 10} KB`;
}
