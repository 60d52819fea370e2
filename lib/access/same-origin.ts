import { serverConfig } from "@/lib/config";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** better-auth's session cookie (`better-auth.session_token`, `__Secure-` prefixed over https). */
export function hasSessionCookie(headers: Headers): boolean {
  return /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/.test(headers.get("cookie") ?? "");
}

/**
 * CSRF guard: a state change that carries the session cookie must come from the app's own origin (the Origin
 * header names the Host it was sent to, or the configured public URL). Without Origin, Fetch Metadata must say
 * same-origin. Requests with an API key carry no ambient credential and need no check.
 */
export function isCrossSiteWrite(req: Request): boolean {
  if (SAFE_METHODS.has(req.method) || !hasSessionCookie(req.headers) || req.headers.has("authorization")) return false;
  const origin = req.headers.get("origin");
  if (!origin || origin === "null") return req.headers.get("sec-fetch-site") !== "same-origin";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  const publicUrl = serverConfig().HOOKSTACK_PUBLIC_URL;
  if (publicUrl && new URL(publicUrl).origin === new URL(origin).origin) return false;
  return host !== req.headers.get("host");
}
