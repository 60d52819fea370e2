import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasOwner } from "@/lib/accounts/setup-owner";
import { resolveCaller, type TCaller } from "@/lib/access/caller";
import type { TRole } from "@/lib/access/scopes";

export type TPagePerson = Extract<TCaller, { kind: "person" }> & { workspaceId: string; role: TRole };

/**
 * Every page starts here: setup until an owner exists, sign-in without a session (coming back to `path`), and a
 * workspace to work in. Pages read data only through the workspace this returns.
 */
export async function requirePerson(path: string): Promise<TPagePerson> {
  if (!(await hasOwner())) redirect("/setup");
  const h = new Headers(await headers());
  h.delete("authorization"); // pages are for people: an API key does not open them
  const caller = await resolveCaller(h);
  if (caller?.kind !== "person") redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!caller.workspaceId || !caller.role) redirect("/workspaces");
  return caller as TPagePerson;
}

/** The signed-in person whatever their workspaces (the workspaces page), else sign-in. */
export async function requireSignedIn(path: string) {
  if (!(await hasOwner())) redirect("/setup");
  const caller = await resolveCaller(new Headers(await headers()));
  if (caller?.kind !== "person") redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return caller;
}
