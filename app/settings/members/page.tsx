import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { listInvitations } from "@/lib/accounts/list-invitations";
import { listMembers } from "@/lib/accounts/list-members";
import { pageOrigin } from "../../endpoints/page-origin";
import { requirePerson } from "../../page-access";
import { MembersPageClient } from "./page-client";

export const metadata: Metadata = { title: "Members · Hookstack" };

export default async function MembersPage() {
  const person = await requirePerson("/settings/members");
  if (person.role !== "owner") redirect("/endpoints");
  const [members, invitations] = await Promise.all([
    listMembers({ workspaceId: person.workspaceId }),
    listInvitations({ workspaceId: person.workspaceId, origin: await pageOrigin() }),
  ]);
  return <MembersPageClient initialMembers={members} initialInvitations={invitations} selfId={person.userId} />;
}
