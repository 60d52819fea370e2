import { setupOwner } from "@/lib/accounts/setup-owner";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { withCookies } from "@/lib/api/with-cookies";
import { signInCookies } from "@/lib/auth/sign-in-cookies";

/** First start: `{ name, email, password }` → 201 and a session cookie; 409 once anyone exists. */
export const POST = route("POST /setup", async ({ req, body }) => {
  const owner = await setupOwner(body);
  return withCookies(json(owner, 201), await signInCookies(body.email, body.password, req.headers));
});
