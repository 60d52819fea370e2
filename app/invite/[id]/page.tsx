import type { Metadata } from "next";
import { headers } from "next/headers";
import { AuthCard } from "@/components/account/auth-card";
import { CredentialsForm } from "@/components/account/credentials-form";
import { DomainError } from "@/lib/errors";
import { getOpenInvitation } from "@/lib/accounts/get-invitation";
import { resolveCaller } from "@/lib/access/caller";
import { AcceptAsMember } from "./accept-as-member";

export const metadata: Metadata = { title: "Invitation · Hookstack" };

async function load(id: string) {
  try {
    return await getOpenInvitation(id);
  } catch (err) {
    if (err instanceof DomainError && err.code === "not_found") return undefined;
    throw err;
  }
}

/** The invitation link: its id is the proof. New people choose a name and password; others sign in and join. */
export default async function InvitePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const invitation = await load(id);
  if (!invitation) {
    return (
      <AuthCard
        title="This invitation does not work"
        description="It may have expired, been revoked or been used already. Ask the workspace owner for a new link."
      >
        {null}
      </AuthCard>
    );
  }
  const join = `Join “${invitation.workspaceName}” as ${invitation.role}.`;
  if (invitation.hasAccount) {
    const caller = await resolveCaller(new Headers(await headers()));
    const isInvitee = caller?.kind === "person" && caller.email === invitation.email;
    return (
      <AuthCard title="You are invited" description={`${join} ${invitation.email} already has an account.`}>
        {isInvitee ? (
          <AcceptAsMember id={id} />
        ) : (
          <a
            className="text-[13px] font-medium text-indigo-600 hover:underline"
            href={`/sign-in?next=${encodeURIComponent(`/invite/${id}`)}`}
          >
            Sign in as {invitation.email} to accept
          </a>
        )}
      </AuthCard>
    );
  }
  return (
    <AuthCard title="You are invited" description={`${join} Choose your name and a password.`}>
      <CredentialsForm
        action={`/api/v1/invitations/${id}/accept`}
        next="/endpoints"
        submitLabel="Join workspace"
        fields={[
          { name: "email", label: "Email", value: invitation.email, isDisabled: true },
          { name: "name", label: "Your name" },
          { name: "password", label: "Password (8 characters or more)" },
        ]}
      />
    </AuthCard>
  );
}
