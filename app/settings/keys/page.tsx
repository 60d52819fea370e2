import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { requirePerson } from "../../page-access";
import { KeysPageClient } from "./page-client";

export const metadata: Metadata = { title: "API keys · Hookstack" };

export default async function KeysPage() {
  const person = await requirePerson("/settings/keys");
  if (person.role !== "owner") redirect("/endpoints");
  return <KeysPageClient initialKeys={await listApiKeys({ workspaceId: person.workspaceId })} />;
}
