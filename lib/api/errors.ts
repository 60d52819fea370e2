import type { TGraphError } from "@/lib/graph/errors";

/** A problem with one input field; `nodeId` when it sits in a node of a graph, `path` dotted from the body root. */
export type TFieldError = TGraphError;

export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
} as const;

export type TErrorCode = keyof typeof ERROR_STATUS;

/** The one expected-error type: route code throws it, `withApi` turns it into an HTTP answer. */
export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details: { errors?: TFieldError[]; warnings?: TFieldError[] } = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** 400 with the field errors; the message repeats the first one (or says how many there are). */
export function badRequest(errors: TFieldError[], warnings?: TFieldError[]): AppError {
  const message = errors.length === 1 ? errors[0]!.message : `${errors.length} problems in the input`;
  return new AppError("bad_request", message, warnings ? { errors, warnings } : { errors });
}

/** 400 for one field. */
export function invalidField(path: string, message: string): AppError {
  return badRequest([{ path, message }]);
}

export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} not found`);
}
