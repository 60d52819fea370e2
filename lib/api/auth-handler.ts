import { json } from "./respond";
import { getAuth } from "@/lib/auth/auth";

/**
 * better-auth's routes this app uses. The rest stay closed: sign-up is by invitation, and the organization
 * plugin's routes answer 403 or 400 depending on whether an id exists (our /api/v1 routes wrap what we need).
 */
const OPEN = new Set([
  "/sign-in/email",
  "/sign-out",
  "/get-session",
  "/list-sessions",
  "/revoke-session",
  "/revoke-other-sessions",
  "/change-password",
  "/update-user",
  "/ok",
]);

/** /api/auth/*: better-auth's handler (its origin check and rate limiter included) for the routes above. */
export async function authHandler(req: Request): Promise<Response> {
  const path = new URL(req.url).pathname.replace(/^\/api\/auth/, "");
  if (!OPEN.has(path)) return json({ error: `no auth route ${path}` }, 404);
  return getAuth().handler(req);
}
