/**
 * The one expected-error type of the domain: verbs throw it with a code, and only the HTTP edge
 * (lib/api/with-api.ts through lib/api/errors.ts) turns the code into a status.
 */

/** A problem with one input field; `nodeId` when it sits in a node of a graph, `path` dotted from the body root. */
export type TFieldError = { nodeId?: string; path: string; message: string };

/** What went wrong, in the domain's words; the API answers the code as `code`. */
export const ERROR_CODES = [
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  /** Publishing refused because the endpoint's test suite fails (lib/test-suites/publish-gate.ts). */
  "tests_failed",
  "payload_too_large",
  "unsupported_media_type",
  "internal",
] as const;

export type TErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details: { errors?: TFieldError[]; warnings?: TFieldError[] } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Invalid input with its field errors; the message repeats the first one (or says how many there are). */
export function badRequest(errors: TFieldError[], warnings?: TFieldError[]): DomainError {
  const message = errors.length === 1 ? errors[0]!.message : `${errors.length} problems in the input`;
  return new DomainError("bad_request", message, warnings ? { errors, warnings } : { errors });
}

/** Invalid input in one field. */
export function invalidField(path: string, message: string): DomainError {
  return badRequest([{ path, message }]);
}

export function notFound(what: string): DomainError {
  return new DomainError("not_found", `${what} not found`);
}
