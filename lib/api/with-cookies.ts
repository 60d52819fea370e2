/** Adds a session's Set-Cookie headers (from better-auth) to an answer. */
export function withCookies(res: Response, cookies: string[]): Response {
  for (const cookie of cookies) res.headers.append("set-cookie", cookie);
  return res;
}
