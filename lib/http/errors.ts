/** The outbound guard refused a destination (scheme, port, name or address); never retried. */
export class OutboundRefusedError extends Error {
  override name = "OutboundRefusedError";
}

/** The answer was larger than the byte cap. */
export class OutboundTooLargeError extends Error {
  override name = "OutboundTooLargeError";
}

export const ALLOWLIST_HINT =
  "private, loopback, link-local and cloud-metadata destinations are blocked unless HOOKSTACK_OUTBOUND_ALLOWLIST names them";
