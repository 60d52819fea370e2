import type { Metadata } from "next";
import { listWorkspaces } from "@/lib/accounts/list-workspaces";
import { requireSignedIn } from "../page-access";
import { WorkspacesPageClient } from "./page-client";

export const metadata: Metadata = { title: "Workspaces · Hookstack" };

/** Your workspaces, and a new one (also where someone removed from every workspace lands). */
export default async function WorkspacesPage() {
  const person = await requireSignedIn("/workspaces");
  return (
    <WorkspacesPageClient
      initialWorkspaces={await listWorkspaces({ userId: person.userId, currentId: person.workspaceId })}
    />
  );
}
