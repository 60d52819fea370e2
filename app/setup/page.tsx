import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { CredentialsForm } from "@/components/account/credentials-form";
import { hasOwner } from "@/lib/accounts/setup-owner";

export const metadata: Metadata = { title: "Set up · Hookstack" };

/** First start: the person who sets Hookstack up becomes the owner of its first workspace. */
export default async function SetupPage() {
  if (await hasOwner()) redirect("/sign-in");
  return (
    <AuthCard
      title="Set up Hookstack"
      description="Create the owner account. Everything already built here becomes yours; others join by invitation."
    >
      <CredentialsForm
        action="/api/v1/setup"
        next="/endpoints"
        submitLabel="Create owner account"
        fields={[
          { name: "name", label: "Your name" },
          { name: "email", label: "Email" },
          { name: "password", label: "Password (8 characters or more)" },
        ]}
      />
    </AuthCard>
  );
}
