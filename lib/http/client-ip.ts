/**
 * The header through which server.ts tells the UI process who is calling. server.ts sets it from the socket's
 * address (or from X-Forwarded-For when HOOKSTACK_TRUST_PROXY is set) and removes any copy a client sent, so the
 * sign-in rate limiter and the request history see an address a client cannot forge.
 */
export const CLIENT_IP_HEADER = "x-hookstack-client-ip";
