import type { TErrorCode } from "@/lib/errors";

/** The one place a domain error code becomes an HTTP status (withApi answers with it). */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  tests_failed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
} as const satisfies Record<TErrorCode, number>;
