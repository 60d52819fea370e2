import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { CredentialsForm } from "@/components/account/credentials-form";
import { hasOwner } from "@/lib/accounts/setup-owner";

export const metadata: Metadata = { title: "Sign in · Hookstack" };

/** Only same-site paths: `next` must not send people to another site after signing in. */
function safeNext(next: string | undefined): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/endpoints";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (!(await hasOwner())) redirect("/setup");
  const { next } = await searchParams;
  return (
    <AuthCard title="Sign in" description="New here? Ask a workspace owner for an invitation link.">
      <CredentialsForm
        action="/api/auth/sign-in/email"
        next={safeNext(next)}
        submitLabel="Sign in"
        fields={[
          { name: "email", label: "Email" },
          { name: "password", label: "Password" },
        ]}
      />
    </AuthCard>
  );
}
