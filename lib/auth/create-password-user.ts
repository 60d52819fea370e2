import { DomainError } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { getAuth } from "./auth";

/**
 * Creates a person who signs in with email and password (scrypt-hashed by better-auth). Sign-up is closed: only
 * setup and invitations call this.
 */
export async function createPasswordUser({
  name,
  email,
  password,
}: {
  name: string;
  email: string;
  password: string;
}): Promise<string> {
  if (await getDb().user.findUnique({ where: { email }, select: { id: true } })) {
    throw new DomainError("conflict", "someone with this email already has an account: sign in instead");
  }
  const ctx = await getAuth().$context;
  const user = await ctx.internalAdapter.createUser({ name, email, emailVerified: true }, { method: "admin" });
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await ctx.password.hash(password),
  });
  return user.id;
}
