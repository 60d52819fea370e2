import { HTTP_METHODS } from "./endpoint-settings";

/**
 * The endpoint Settings form, as data: its sections and fields, each bound to a settings path. The editor renders
 * and converts it generically (components/editor/settings/), as node config forms come from their field specs, so
 * a new setting is added here (and in ZEndpointSettings) and nowhere in components/.
 */

/** The server's maxima a placeholder may show (the editor page sends them; lib/config.ts has the variables). */
export type TServerLimits = {
  maxBodyBytes: number;
  maxSteps: number;
  maxIterations: number;
  runTimeoutMs: number;
  expressionTimeoutMs: number;
  retentionDays: number;
  retentionCount: number;
};

type TFieldBase = {
  /** The form state's key for this field. */
  key: string;
  /** Where the value lives in `settings` (dotted for nested objects: `rateLimit.limit`). */
  path: string;
  label: string;
  help?: string;
  /** Half width: consecutive half fields share a row. */
  isHalf?: boolean;
};

/** A number typed as text. `scale: 1000` shows milliseconds as seconds (decimals allowed). */
export type TNumberField = TFieldBase & {
  kind: "number";
  scale?: 1000;
  placeholder?: string;
  /** The placeholder shows this server maximum instead. */
  limit?: keyof TServerLimits;
  suffix?: string;
  /** What the field holds when its setting is absent. */
  initial?: string;
  /** Inside a switch: the message when it is left empty. */
  missing?: string;
};

export type TSettingField =
  | TNumberField
  | (TFieldBase & { kind: "checkboxes"; options: readonly string[]; fallback: readonly string[]; emptyMessage: string })
  /** Bytes, typed in KB or MB (`unitKey` holds the unit). */
  | (TFieldBase & { kind: "size"; unitKey: string; limit: keyof TServerLimits })
  | (TFieldBase & { kind: "json"; placeholder: string; alsoShowsErrorsOf?: string })
  /** An object setting that is there or not; its fields are all required while it is on. */
  | (TFieldBase & { kind: "switch"; on: string; off: string; fields: TNumberField[] })
  /** One of several values; the chosen option may bring fields of its own. */
  | (TFieldBase & {
      kind: "choice";
      fallback: string;
      options: { value: string; title: string; detail: string; intro?: string; fields?: TSettingField[] }[];
    });

export type TSettingsSection = { title: string; intro?: string; fields: TSettingField[] };

export const SETTINGS_FORM: TSettingsSection[] = [
  {
    title: "Requests",
    fields: [
      {
        kind: "checkboxes",
        key: "methods",
        path: "allowedMethods",
        label: "Allowed methods",
        options: HTTP_METHODS,
        fallback: ["POST"],
        emptyMessage: "Allow at least one method.",
        help: "GET lets a provider’s handshake (Meta’s hub.challenge) reach the stack.",
      },
      {
        kind: "size",
        key: "bodySize",
        unitKey: "bodyUnit",
        path: "maxBodyBytes",
        label: "Max body size",
        limit: "maxBodyBytes",
        help: "Larger requests get 413.",
      },
      {
        kind: "switch",
        key: "isRateLimited",
        path: "rateLimit",
        label: "Rate limit",
        on: "More requests in the window answer 429 with Retry-After.",
        off: "Off: every request is served.",
        fields: [
          {
            kind: "number",
            key: "rateLimit",
            path: "rateLimit.limit",
            label: "Max requests",
            placeholder: "e.g. 100",
            missing: "Enter how many requests are allowed.",
            isHalf: true,
          },
          {
            kind: "number",
            key: "rateWindowSeconds",
            path: "rateLimit.windowSeconds",
            label: "Window (seconds)",
            placeholder: "60",
            initial: "60",
            missing: "Enter the window in seconds.",
            isHalf: true,
          },
        ],
      },
    ],
  },
  {
    title: "Processing",
    fields: [
      {
        kind: "choice",
        key: "mode",
        path: "mode",
        label: "When a request arrives",
        fallback: "direct",
        options: [
          {
            value: "direct",
            title: "Run the stack, then answer",
            detail: "The sender waits for the stack’s response.",
          },
          {
            value: "background",
            title: "Respond immediately, run in the background",
            detail: "For providers that give up on slow answers.",
            intro:
              "Each request is stored before it is answered, then a worker runs the stack; a run that ends in an error is retried with exponential backoff.",
            fields: [
              {
                kind: "number",
                key: "acceptedStatus",
                path: "acceptedResponse.status",
                label: "Accepted status",
                placeholder: "202",
                help: "200–299",
                isHalf: true,
              },
              {
                kind: "number",
                key: "maxAttempts",
                path: "maxAttempts",
                label: "Max attempts",
                placeholder: "5",
                help: "1–20",
                isHalf: true,
              },
              {
                kind: "json",
                key: "acceptedBody",
                path: "acceptedResponse.body",
                label: "Accepted body (JSON, optional)",
                placeholder: '{ "accepted": true, "requestId": "…" }',
                alsoShowsErrorsOf: "acceptedResponse",
              },
              {
                kind: "number",
                key: "retryDelaySeconds",
                path: "retryBaseDelayMs",
                label: "Retry base delay",
                scale: 1000,
                placeholder: "2",
                help: "Doubles after each failed attempt.",
                suffix: "seconds",
              },
              {
                kind: "choice",
                key: "retryOn",
                path: "retryOn",
                label: "Which failures are retried",
                fallback: "transient",
                options: [
                  {
                    value: "transient",
                    title: "Only those a retry can fix",
                    detail:
                      "Errors, timeouts, 5xx, 408 and 429. A bad signature or token, a body that does not parse and a 4xx the stack chose fail at once.",
                  },
                  {
                    value: "any",
                    title: "Every failure",
                    detail:
                      "Also retry failed signature and token checks, unparsable bodies and the stack’s own 4xx answers.",
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    title: "Limits",
    intro: "Empty uses the server’s limit; a value here can only lower it.",
    fields: [
      { kind: "number", key: "maxSteps", path: "maxSteps", label: "Steps per run", limit: "maxSteps", isHalf: true },
      {
        kind: "number",
        key: "maxIterations",
        path: "maxIterations",
        label: "Iterations per loop",
        limit: "maxIterations",
        isHalf: true,
      },
      {
        kind: "number",
        key: "runTimeoutSeconds",
        path: "runTimeoutMs",
        label: "Run timeout (s)",
        scale: 1000,
        limit: "runTimeoutMs",
        isHalf: true,
      },
      {
        kind: "number",
        key: "expressionTimeoutMs",
        path: "expressionTimeoutMs",
        label: "Expression timeout (ms)",
        limit: "expressionTimeoutMs",
        isHalf: true,
      },
    ],
  },
];

/** Values a nested settings object gets when the form writes it with some of its fields empty. */
export const SETTINGS_OBJECT_DEFAULTS: Record<string, Record<string, unknown>> = { acceptedResponse: { status: 202 } };

/** Settings kept out of this form, and where they are edited instead. */
export const SETTINGS_EDITED_ELSEWHERE = { retentionDays: "History tab", retentionCount: "History tab" } as const;

/** Every field of the form, those inside switches and choices included. */
export function allSettingFields(
  fields: readonly TSettingField[] = SETTINGS_FORM.flatMap((s) => s.fields),
): TSettingField[] {
  return fields.flatMap((f): TSettingField[] => {
    if (f.kind === "switch") return [f, ...f.fields];
    if (f.kind === "choice") return [f, ...allSettingFields(f.options.flatMap((o) => o.fields ?? []))];
    return [f];
  });
}

/** The top-level settings keys the form owns; anything else in `settings` (retention) is kept as it is. */
export const FORM_KEYS: readonly string[] = [...new Set(allSettingFields().map((f) => f.path.split(".")[0]!))];
