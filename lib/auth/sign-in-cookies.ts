import { getAuth } from "./auth";

/**
 * Signs a person in right after setup or accepting an invitation and returns the Set-Cookie headers of the new
 * session. (Sign-ins people type go through /api/auth/sign-in/email, where the rate limiter sees them.)
 */
export async function signInCookies(email: string, password: string, requestHeaders: Headers): Promise<string[]> {
  const { headers } = await getAuth().api.signInEmail({
    body: { email, password },
    headers: requestHeaders,
    returnHeaders: true,
  });
  return headers.getSetCookie();
}
