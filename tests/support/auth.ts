import { SCOPES } from "@/lib/access/scopes";

/** The person the test harness sets Hookstack up with (tests/support/test-server.ts). */
export const TEST_OWNER = { name: "Test Owner", email: "owner@hookstack.test", password: "owner-password-1" };

/** The `cookie` request header for the Set-Cookie headers of an answer. */
export function cookieHeader(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** Signs in through better-auth's route; returns the session cookie. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await postJson(`${baseUrl}/api/auth/sign-in/email`, { email, password }, { origin: baseUrl });
  if (res.status !== 200) throw new Error(`sign-in as ${email} answered ${res.status}: ${await res.text()}`);
  return cookieHeader(res);
}

/** First start: sets up the owner and creates an API key with every scope. */
export async function bootstrapAccess(baseUrl: string): Promise<{ ownerCookie: string; apiKey: string }> {
  const setup = await postJson(`${baseUrl}/api/v1/setup`, TEST_OWNER);
  if (setup.status !== 201) throw new Error(`setup answered ${setup.status}: ${await setup.text()}`);
  const ownerCookie = cookieHeader(setup);
  const key = await postJson(
    `${baseUrl}/api/v1/keys`,
    { name: "test harness", scopes: SCOPES },
    { cookie: ownerCookie, origin: baseUrl },
  );
  if (key.status !== 201) throw new Error(`creating the harness's API key answered ${key.status}: ${await key.text()}`);
  return { ownerCookie, apiKey: ((await key.json()) as { key: string }).key };
}
